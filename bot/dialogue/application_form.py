"""A line of one project's 项目申报表, in a workbook of several applications (a sheet each), asked of the project
named: its form fields (项目负责人, 项目起止年限, 项目类型, 执行单位 …) and its 支出明细 lines (金额, 测算依据, the list).

The typed reading keeps a project's amounts, goal and indicators only; these lines are facts under the project's
name (its section), so they are read here, of that one project — never another project's line of a like name."""

from __future__ import annotations

from bot.answer import compose
from bot.dialogue.turn import Turn
from bot.dialogue.values import Answer, Frame
from bot.language import lazyre as re
from bot.language.normalize import LINE_NUMBER, compact, in_order, year_column
from bot.store import queries as query
from bot.understand.parse import Parse

_CHECKED = re.compile(r"\s*[□☑√✓]+\s*")
_BASIS = re.compile(r"测算依据|依据|怎么测算|怎么算|如何测算|怎么计算|咋算")
_DETAILS_LISTED = re.compile(r"明细(?:一共|总共|共)?(?:有|是|包括|包含)?(?:哪些|哪几项|哪几个|什么|啥|几项|几个|多少项)|明细(?:列一下|列出来)")
_COUNTED = re.compile(r"几项|几个|多少项")
# Arithmetic over lines ("加上应急物资采购呢", "占2026年预算比例"): never one line read as if it were the answer
_WORKED_OUT = re.compile(r"加上|加起来|加在一起|相加|之和|总和|减去|占|比例|比重|差多少|相差")
DETAIL_SAID_AT_LEAST = 3  # characters of a 明细 line's name said (施工费 of 工程施工费)


def _label(fact) -> str:
    return compact(LINE_NUMBER.sub("", (fact["row_labels"] or "").split(query.FACT_SEP)[-1].strip()))


def _the_project(t: Turn, p: Parse) -> tuple[int, list[tuple[int, int]]] | None:
    """The one project the question names (every mention naming it alone), of a workbook of several applications,
    with the spans that name it. Another project's name said inside one of its 明细 lines' names (清淤疏浚 of
    河道清淤疏浚费, a project 河道清淤疏浚工程经费 elsewhere) is that line's word, not a second project."""
    named = {next(iter(m.of("project"))).id for m in p.mentions if len(m.of("project")) == 1}
    applied = [pid for pid in named if _of_an_application(t, pid)]
    if len(applied) != 1:
        return None
    pid = applied[0]
    others = [m for m in p.mentions if m.of("project") and pid not in {r.id for r in m.of("project")}]
    if others:
        project = t.kb.projects[pid]
        labels = [_label(f) for f in query.section_facts(t.conn, project.document_id, _section_of(t, pid))
                  if "明细" in (f["section"] or "")]
        if not all(any(compact(m.text) in label for label in labels) for m in others):
            return None
    spans = [(m.start, m.end) for m in p.mentions if m.of("project") and pid in {r.id for r in m.of("project")}]
    return pid, spans


def _of_an_application(t: Turn, pid: int) -> bool:
    """Whether the project is an application's (a workbook of one application or of several)."""
    doc = t.kb.documents.get(t.doc_of(pid))
    return doc is not None and doc["layout"] == "project-application"


def _section_of(t: Turn, pid: int) -> str:
    """The section prefix of the project's lines: its name in a workbook of several applications (each project's
    lines stand under its own name), none in a workbook of one."""
    project = t.kb.projects[pid]
    return f"{project.name} " if len(t.kb.projects_of_document(project.document_id)) > 1 else ""


def _rest(text: str, spans: list[tuple[int, int]]) -> str:
    """The question without the words naming the project."""
    kept = [c for k, c in enumerate(text) if not any(a <= k < b for a, b in spans)]
    return compact("".join(kept))


def _detail_fits(said: str, label: str, loose: bool = False) -> int:
    """How much of a 明细 line's name the question says: the name whole, or a run of three characters or more of
    the question that is the name's end (施工费 of 工程施工费) or its characters in order with the same head word and
    first two characters together (清淤费 of 河道清淤疏浚费); loose (a follow-up after a 明细 line: "那生态护岸呢",
    "那驿站呢"), the name said whole inside the line's name too (never a run of it: 人工费 of "其中人工费" is no part
    of 工程施工费); 0 when none."""
    if label in said:
        return 100 + len(label)
    best = 0
    for i in range(len(said)):
        for j in range(i + DETAIL_SAID_AT_LEAST, len(said) + 1):
            w = said[i:j]
            if w[-1] == label[-1] and (label.endswith(w) or w[:2] in label and in_order(w, label)):
                best = max(best, len(w))
    noun = _FOLLOWUP_WORDS.sub("", said)
    if loose and len(noun) >= 2 and noun in label:
        best = max(best, len(noun))
    return best


# The words around what a follow-up names ("那生态护岸呢", "那驿站的多少"): what is left is the name said
_FOLLOWUP_WORDS = re.compile(r"^(?:那么|那|还有)|(?:的)?(?:呢|多少钱|是多少|多少)+$")


def year_column_asked(t: Turn, p: Parse, years: list[int]) -> bool:
    """"基层应急能力提升项目2027年安排多少": the one project named is an application's whose form prints a column of
    each year asked (its 资金来源 by year), and the question names none of its indicators nor of its 明细 lines (of the
    form's own year only): that column is what is asked, the years are held."""
    named = {r.id for m in p.mentions for r in m.of("project")}
    if len(named) != 1 or any(m.of("indicator") for m in p.mentions) or not _of_an_application(t, pid := named.pop()):
        return False
    heads = query.year_column_heads(t.conn, t.kb.projects[pid].document_id)
    if not all(any(year_column(h, y) for h in heads) for y in years):
        return False
    spans = [(m.start, m.end) for m in p.mentions if m.of("project")]
    said = _rest(p.text, spans)
    facts = query.section_facts(t.conn, t.kb.projects[pid].document_id, _section_of(t, pid))
    if not _MONEY_ASKED.search(said) or _OTHER_THAN_MONEY.search(said):
        return False  # ("2027年有哪些指标", "2027年执行单位": the form's lines are of its own year)
    return not any(_detail_fits(said, _label(f)) for f in facts if "明细" in (f["section"] or ""))


# What a year column's question asks (its money), and the form's lines that are of no year column
_MONEY_ASKED = re.compile(r"多少|预算|安排|资金|拨款|金额|经费|合计|收入")
_OTHER_THAN_MONEY = re.compile(r"指标|目标|单位|代码|年限|负责人|类型|属性|理由|内容|明细|测算|依据")


def form_line(t: Turn, p: Parse) -> Answer | None:
    """The answer from the named project's form lines, or None when the question asks none of them."""
    last = list(t.session.application_line)
    t.session.application_line = []
    answer = _form_line(t, p, last)
    if answer is not None:
        answer.debug["form_line"] = True  # (settled: no other table's line of a like name answers in its place)
    return answer


# A follow-up saying nothing but what it is about ("中小河流那个呢", "那它的呢")
_BARE_FOLLOWUP = re.compile(r"(?:那|那么)?(?:它|这个|那个|的|项目)*(?:呢|的呢)?")


def _form_line(t: Turn, p: Parse, last: list) -> Answer | None:
    if p.years or _WORKED_OUT.search(p.text):
        return None  # ("湿地科普宣教2027年多少": a line of the form's own year is no other year's)
    found = _the_project(t, p)
    if found is None:
        if not last or p.mentions and any(m.of("project") or m.of("department") for m in p.mentions):
            return None
        pid, said = int(last[0]), compact(p.text)  # "测算依据呢", "那生态护岸呢": of the project just read
        if pid not in t.kb.projects:
            return None
        if last[1] == "detail" and _BASIS.search(said) and len(_BASIS.sub("", said)) <= 2:
            return _read(t, pid, "detail", last[2], said)
        return _read_said(t, pid, said, loose=last[1] == "detail")
    pid, spans = found
    # (the department named is no line's words: 应急管理局 is no "应急…管理" 明细 line)
    said = _rest(p.text, spans + [(m.start, m.end) for m in p.mentions if m.of("department") and m.start >= 0])
    # (an indicator named, 基层应急管理员覆盖镇: a 明细 line only by its whole name, never by some of its characters)
    answer = _read_said(t, pid, said, loose=False, whole=any(m.of("indicator") for m in p.mentions))
    if answer is None and last and _BARE_FOLLOWUP.fullmatch(said) and int(last[0]) != pid:
        return _read(t, pid, last[1], last[2], said)  # "百里钱塘项目负责人是谁" → "中小河流那个呢"
    return answer


def _read_said(t: Turn, pid: int, said: str, loose: bool, whole: bool = False) -> Answer | None:
    """The line of the project's form the words say: its 明细 listed, one 明细 line, or a form field."""
    project = t.kb.projects[pid]
    doc = t.kb.documents[project.document_id]
    facts = query.section_facts(t.conn, doc["id"], _section_of(t, pid))
    frame = Frame(intent="content", projects=[pid], doc_ids=[doc["id"]])
    details = [f for f in facts if "明细" in (f["section"] or "") and _label(f) not in ("合计", "小计", "")]
    if _DETAILS_LISTED.search(said):
        lines = [f for f in details if f["number"] is not None]
        if not lines:
            return None
        shown = [(_label(f), f["number"], f["unit"]) for f in lines]
        text = compose.detail_lines(project.name, shown, counted=bool(_COUNTED.search(said)))
        return t.answered(frame, text + compose.fact_note(lines[0], doc), projects=[pid])
    if _source_said(facts, said):
        return None  # ("中央资金里用于土壤改良的": the 明细 is not split by source; a line's whole amount is no answer)
    scored = [(s, f) for f in details if (s := _detail_fits(said, _label(f), loose))  and (s > 100 or not whole)]
    if scored:
        top = max(s for s, _ in scored)
        names = {_label(f) for s, f in scored if s == top}
        return _read(t, pid, "detail", names.pop(), said) if len(names) == 1 else None
    fields = [f for f in facts if not f["col_labels"] and f["number"] is None and "明细" not in (f["section"] or "")]
    best: tuple[int, str] | None = None
    for f in fields:
        label = _label(f)
        short = label[2:] if label.startswith("项目") else label
        # (a choice ticked, 2.公共项目 □√, said by its value: "是部门项目还是公共项目")
        value = compact(_CHECKED.sub("", LINE_NUMBER.sub("", (f["value"] or "").strip()))) \
            if _CHECKED.search(f["value"] or "") else ""
        fit = len(label) + 1 if label in said else len(short) if len(short) >= 2 and short in said \
            else len(value) if len(value) >= 4 and value in said else 0
        if fit and (best is None or fit > best[0]):
            best = (fit, label)
    return _read(t, pid, "field", best[1], said) if best is not None else None


def _source_said(facts: list, said: str) -> bool:
    """Whether the words say one of the form's 资金来源 lines by its first two characters (中央 of 中央财政衔接推进乡村
    振兴补助资金, 上级 of 上级补助收入), the 合计 aside."""
    heads = {label[:2] for f in facts if "资金来源" in (f["section"] or "")
             and len(label := _label(f)) >= 4 and label not in ("资金来源", "资金性质")}
    return any(h in said for h in heads)


def _read(t: Turn, pid: int, kind: str, label: str, said: str) -> Answer | None:
    """One line of the project's form by its label: a 明细 line (金额, 测算依据) or a field; None when its form
    prints no such line."""
    project = t.kb.projects[pid]
    doc = t.kb.documents[project.document_id]
    facts = query.section_facts(t.conn, doc["id"], _section_of(t, pid))
    frame = Frame(intent="content", projects=[pid], doc_ids=[doc["id"]])
    if kind == "detail":
        line = [f for f in facts if "明细" in (f["section"] or "") and _label(f) == label]
        amount = next((f for f in line if f["number"] is not None), None)
        basis = next((f for f in line if f["number"] is None and "测算依据" in (f["col_labels"] or "")), None)
        if amount is None and basis is None:
            return None
        text = compose.detail_line(label, amount["number"] if amount else None, amount["unit"] if amount else "",
                                   basis["value"] if basis else "", basis_asked=bool(_BASIS.search(said)))
        answer = t.answered(frame, text + compose.fact_note(amount or basis, doc), projects=[pid])
    else:
        fact = next((f for f in facts if not f["col_labels"] and f["number"] is None and _label(f) == label), None)
        if fact is None:
            return None
        value = fact["value"]
        if "类型" in label:  # ("2.公共项目 □√": the kind ticked, its number and box left out)
            value = _CHECKED.sub("", LINE_NUMBER.sub("", value.strip()))
        answer = t.answered(frame, compose.application_field(project.name, label, value) + compose.fact_note(fact, doc),
                            projects=[pid])
    t.session.application_line = [pid, kind, label]
    return answer
