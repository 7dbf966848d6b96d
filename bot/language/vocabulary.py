"""The editable vocabulary (knowledge/vocabulary.toml): fillers, synonyms (concepts), aliases, categories."""

from __future__ import annotations

import marshal
import os
import re
import sys
import tomllib
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any

from bot.language import asking
from bot.language.lazyre import write_beside_bytecode
from bot.language.normalize import normalize as _normalize
from bot.language.sections import keep_parsed, stamp
from bot.model import Issue, LoadError

REQUIRED_CONCEPTS = (
    "amount", "how_much", "total", "source", "goal", "indicator", "value", "period", "annual", "list",
    "project", "count", "max", "min", "desc", "asc", "rank", "gt", "ge", "lt", "le", "between", "compare", "share",
    "department", "unit", "help", "refer", "which", "exclude", "executed", "completion",
)


@dataclass
class Vocabulary:
    """Word lists, all normalised the way questions are."""

    fillers: list[str] = field(default_factory=list)
    generic_words: set[str] = field(default_factory=set)
    stopwords: set[str] = field(default_factory=set)
    department_suffixes: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)  # provinces said before a place ("宁夏西吉")
    place_levels: list[str] = field(default_factory=list)  # "市/市级": a level said before a bureau ("市信访局")
    self_references: list[str] = field(default_factory=list)
    followup_starts: list[str] = field(default_factory=list)
    followup_ends: list[str] = field(default_factory=list)
    followup_held: list[str] = field(default_factory=list)  # "白云信访局也有吗": whether the last thing is held there
    pointers: list[str] = field(default_factory=list)
    modifiers: list[str] = field(default_factory=list)
    not_modifiers: list[str] = field(default_factory=list)  # words holding a modifier that change nothing (以前年度)
    not_costs: list[str] = field(default_factory=list)  # words ending in 费 that name no cost (免费, 消费)
    spending_kinds: list[str] = field(default_factory=list)  # kinds of spending said whole (基本支出): no name's piece
    record_verbs: frozenset[str] = frozenset()  # verbs of the asking (计划, 购买): no word of a name
    hesitations: list[str] = field(default_factory=list)
    all_options: set[str] = field(default_factory=set)
    unheld: list[str] = field(default_factory=list)
    duration_words: list[str] = field(default_factory=list)  # a column of time taken: 最快 is its least
    pace_words: list[str] = field(default_factory=list)  # a column of pace: 最快 is its most
    measure_kin: list[str] = field(default_factory=list)  # measure words of one kind of thing ("辆台部")
    start_words: list[str] = field(default_factory=list)  # a time asked of a start (开工): no end's time
    end_words: list[str] = field(default_factory=list)  # a time of an end (完工): no start's time
    contrasts: list[str] = field(default_factory=list)  # "城镇/城市|乡村/农村": words telling like names apart
    series_measures: list[str] = field(default_factory=list)  # 批, 期: a number before one tells items of a series apart
    table_kinds: list[str] = field(default_factory=list)  # a kind of table said ("自评表"): those tables only
    table_words: list[str] = field(default_factory=list)  # a kind said without 表 ("评价"): claimed where loaded
    table_subjects: list[str] = field(default_factory=list)  # what a kind of table holds (三公, 专项债): its table asked
    whole_table_subjects: list[str] = field(default_factory=list)  # a whole budget said after its department (支出预算)
    filing_words: list[str] = field(default_factory=list)  # a 申报表's own fields said (起止年限, 明细 …)
    self_evaluation_words: list[str] = field(default_factory=list)  # a 自评表's own words said (执行率, 得分 …)
    table_word_not_before: list[str] = field(default_factory=list)  # …unless a column's word goes on (评价标准)
    table_words_of_whole: list[str] = field(default_factory=list)  # a kind said without 表 before its whole (…合计)
    table_whole_after: list[str] = field(default_factory=list)  # the words of that whole (合计, 总计)
    count_endings: list[str] = field(default_factory=list)  # a name ending so counts ("人数"): never a rate's
    entity_kinds: list[str] = field(default_factory=list)  # kinds of organisations and places (馆, 中心, 医院)
    institution_kinds: list[str] = field(default_factory=list)  # of those, institutions only (医院, 中心; no 镇)
    rate_endings: list[str] = field(default_factory=list)  # a name ending so is a rate ("及时率")
    money_endings: list[str] = field(default_factory=list)  # a fragment ending so asks money ("制卡费")
    money_measures: list[str] = field(default_factory=list)  # an indicator's name holding one measures money
    followup_fillers: list[str] = field(default_factory=list)  # what a follow-up says besides what it asks of
    whole_words: list[str] = field(default_factory=list)  # a share's whole said as a total ("全局收入")
    # The nouns a name's leading word qualifies, said by the two's initials (高新技术 企业 -> 高企)
    leading_initial_nouns: list[str] = field(default_factory=list)
    funding_sources: list[str] = field(default_factory=list)  # the sources of a project's funds as said
    # A time limit's words as people say them ("坏了" of 故障, "修好" of 修复): a 时限 indicator's name -> said forms
    limit_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # An operation asked over the facts (sum, diff, ratio, count, list, max, min) -> its words, in the file's order
    operation_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A department's whole figure (项目支出, 基本支出, 总预算, 项目平均额) -> the ways it is said across departments
    department_wholes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    # Kinds of staff and spending, each a group of the words tables and staff call one thing by (政府雇员, 编外人员 …)
    synonym_groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Kinds of staff that are different categories (政府雇员, 合同工 …): one said for another is asked back
    related_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    concepts: dict[str, list[str]] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)
    # Standard short words of bureau names ("人力资源和社会保障" -> "人社"): department names are derived by rule.
    department_abbreviations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    unit_abbreviations: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 第一中学 -> 一中, 中等专业学校 -> 中专
    # The end of a unit's name as staff contract it (质量安全监督站 -> 质监站, 服务中心 -> 中心: 征收中心)
    unit_contractions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # An end contracted only after a lead said by its department short word (粮储 + 保障中心 -> 粮储中心)
    lead_abbreviated_contractions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Standard short words inside names of subjects and projects (运行维护 -> 运维): a project's name is said so too.
    label_abbreviations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A word closing a name's initials said by one character of its own (长期护理保险 -> 长护险: 保险 -> 险)
    closing_contractions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The short names of the budgets a place draws up (国有资本经营预算 -> 国资预算, 国资): said for its table's title.
    budget_short_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The table readers' words of asking ([asking_words.economic] …): checked here, read by bot/language/asking.py
    asking_words: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    path: str = ""

    def words(self) -> set[str]:
        """Every multi-character word of the vocabulary, for the tokenizer's dictionary."""
        out = set(self.fillers) | self.stopwords | set(self.aliases) | set(self.categories)
        for words in self.concepts.values():
            out.update(words)
        return {w for w in out if len(w) >= 2 and " " not in w}


def toml_error_line(exc: tomllib.TOMLDecodeError) -> int:
    """The line of a TOML syntax error (Python 3.11 only says it in the message)."""
    lineno = getattr(exc, "lineno", None)  # an attribute from Python 3.14 on
    if lineno:
        return lineno
    m = re.search(r"line (\d+)", str(exc))
    return int(m.group(1)) if m else 0


_TOML_HINTS = (  # tomllib's English messages, said in Chinese
    ("Expected ']' at the end of a table declaration", "表名（[名称]）缺少右方括号 ]"),
    ("Expected ']]' at the end of an array declaration", "表名（[[名称]]）缺少右方括号 ]]"),
    ("Expected '=' after a key", "键后面缺少等号 ="),
    ("Unterminated string", "字符串缺少结尾的引号"),
    ("Invalid value", "值的写法不对（字符串要加引号，列表用 [ ]）"),
    ("Cannot overwrite a value", "同一个键写了两次"),
    ("Cannot declare", "同一个表声明了两次"),
    ("Unclosed array", "列表缺少右方括号 ]"),
    ("Illegal character", "有不允许的字符"),
    ("Invalid statement", "这一行不是“键 = 值”的格式"),
)


def toml_error_text(exc: tomllib.TOMLDecodeError) -> str:
    """A TOML syntax error in Chinese, with its column (the line goes into the Issue)."""
    message = str(exc)
    hint = next((zh for en, zh in _TOML_HINTS if en.lower() in message.lower()), "语法错误")
    column = re.search(r"column (\d+)", message)
    return f"TOML 格式错误{f'（第 {column.group(1)} 列）' if column else ''}：{hint}"


class _Read(dict):
    """The file's top-level table, remembering which keys the loader read: any other is a misspelt key."""

    def __init__(self, data: dict):
        super().__init__(data)
        self.read: set[str] = set()

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)


def _line_of(text: str, needle: str) -> int:
    for no, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return no
    return 0


class _Checked:
    """The file's settings read with their checks: a wrong shape becomes an Issue naming its line."""

    def __init__(self, path: Path, text: str, data: dict):
        self.path, self.text, self.data = path, text, _Read(data)
        self.issues: list[Issue] = []
        self.normalize = cache(_normalize)  # each word normalised once (opencc per call is most of the start-up here)

    def error(self, needle: str, message: str) -> None:
        self.issues.append(Issue(str(self.path), _line_of(self.text, needle), message, "error"))

    def words(self, key: str) -> list[str]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.error(key, f"“{key}”应为字符串列表")
            return []
        return [self.normalize(v) for v in value if self.normalize(v)]

    def longest_first(self, key: str) -> list[str]:
        """A word list without repeats, longest first (the order phrases are matched in); words of one
        length keep the file's order, so matching does not depend on the string hash seed."""
        return sorted(dict.fromkeys(self.words(key)), key=len, reverse=True)

    def table(self, key: str) -> dict[str, str]:
        value = self.data.get(key, {})
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            self.error(f"[{key}]", f"[{key}] 中每一项应为 \"词\" = \"词\"")
            return {}
        return {self.normalize(k): self.normalize(v) for k, v in value.items() if self.normalize(k) and self.normalize(v)}

    def short_words(self, key: str) -> dict[str, tuple[str, ...]]:
        """A table of a word and its short forms, one ("交通运输" = "交通") or several ("生态环境" = ["环保", …])."""
        return {self.normalize(word): forms for word, forms in self.word_lists(key, singles=True).items()
                if self.normalize(word) and forms}

    def word_lists(self, key: str, what: str = "", singles: bool = False) -> dict[str, tuple[str, ...]]:
        """A table of word lists ("diff" = ["相差多少", …]), each in the file's order without repeats (with
        `singles`, one word may stand alone); `what` names an entry in the message of a wrong one."""
        value = self.data.get(key, {})
        out: dict[str, tuple[str, ...]] = {}
        if not isinstance(value, dict):
            self.error(f"[{key}]", f"[{key}] 应为表")
            return out
        for name, words in value.items():
            words = [words] if singles and isinstance(words, str) else words
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                self.error(f"{name} =", f"{what or f'[{key}] 中'}“{name}”应为{'字符串或' if singles else ''}字符串列表")
                continue
            out[name] = tuple(dict.fromkeys(self.normalize(w) for w in words if self.normalize(w)))
        return out

    def concepts(self) -> dict[str, list[str]]:
        """[concepts]: each a list of words, longest first; the ones the rules need must be there."""
        concepts = {name: sorted(words, key=len, reverse=True) for name, words in self.word_lists("concepts", "概念").items()}
        missing = [c for c in REQUIRED_CONCEPTS if c not in concepts]
        if missing and not self.issues:
            self.error("[concepts]", f"[concepts] 缺少：{', '.join(missing)}")
        return concepts

    def unknown_keys(self) -> None:
        """A misspelt key would otherwise be silently ignored. Keys read by other readers of this file
        (label synonyms, department abbreviations …) are not misspellings: only a near miss of a key read
        here is."""
        import difflib

        for key in sorted(set(self.data) - self.data.read):
            near = difflib.get_close_matches(key, sorted(self.data.read), n=1, cutoff=0.8)
            if near:
                self.error(key, f"词表中有未知的设置“{key}”，是不是“{near[0]}”？")


def _table_words(read: _Checked) -> dict[str, Any]:
    """The words that name tables and their kinds (kept apart: load_vocabulary stays readable)."""
    return {
        "budget_short_names": read.short_words("budget_short_names"),
        "table_kinds": read.longest_first("table_kinds"),
        "table_words": read.longest_first("table_words"),
        "table_subjects": read.longest_first("table_subjects"),
        "whole_table_subjects": read.longest_first("whole_table_subjects"),
        "filing_words": read.longest_first("filing_words"),
        "self_evaluation_words": read.longest_first("self_evaluation_words"),
        "table_word_not_before": read.words("table_word_not_before"),
        "table_words_of_whole": read.longest_first("table_words_of_whole"),
        "table_whole_after": read.words("table_whole_after"),
    }


def _name_words(read: _Checked) -> dict[str, Any]:
    """The words names are said by otherwise: the levels of government ([place_levels]: 市 of "市信访局") and the
    groups of words one kind of staff or spending goes by ([synonym_groups]: 编外人员, 临聘人员 …), and the kinds of
    staff one is never said for another ([related_kinds]); the end of a unit's name contracted ([unit_contractions]:
    质量安全监督站 -> 质监站); a name's closing word said by one character ([closing_contractions]: 保险 -> 险); the nouns a name's leading word
    qualifies, said by the two's initials (leading_initial_nouns: 高新技术 企业 -> 高企)."""
    return {"place_levels": read.words("place_levels"), "synonym_groups": read.word_lists("synonym_groups"),
            "related_kinds": read.word_lists("related_kinds"), "unit_contractions": read.short_words("unit_contractions"),
            "lead_abbreviated_contractions": read.short_words("lead_abbreviated_contractions"),
            "closing_contractions": read.short_words("closing_contractions"),
            "leading_initial_nouns": read.words("leading_initial_nouns")}


def _asking_words(read: _Checked) -> dict[str, Any]:
    """[asking_words]: a table of word lists per table reader (a wrong shape is reported with its line)."""
    value = read.data.get("asking_words", {})
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        read.error("[asking_words", "[asking_words] 中每一项应为表（[asking_words.名称]）")
        return {"asking_words": {}}
    for reader, lists in value.items():
        for key, words in lists.items():
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                read.error(f"{key} =", f"[asking_words.{reader}] 中“{key}”应为字符串列表")
    # (read as the readers read the section themselves: what is kept and handed over is that, by construction)
    return {"asking_words": asking._read_words(value, read.normalize)}


def _read_parsed(p: Path, key: str) -> tuple[str, dict]:
    """The file's text and its parse, handed to the sections' loader for that version of the file (its readers
    read this parse, not one of their own) when the file did not change while it was read."""
    version = stamp(p)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LoadError([Issue(str(p), 0, f"无法读取词表：{exc}", "error")]) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LoadError([Issue(str(p), toml_error_line(exc), f"词表{toml_error_text(exc)}", "error")]) from exc
    if version is not None and stamp(p) == version:
        keep_parsed(key, version, data)
    return text, data


# ----- the checked vocabulary, kept between processes --------------------------------------------------------
# Parsing, normalising (~2,000 words through OpenCC) and checking the file is ~18 ms of a cold one-question `ask`
# (~0.13 s of CPU in all), the same every time for one file. Its result, with the parse the sections' readers
# read, is kept in a file beside this module's bytecode (as lazyre keeps its patterns' code) and used again when
# the vocabulary's text and the code that checks and normalises it are the same.

_KEPT_FIELDS = tuple(f.name for f in fields(Vocabulary) if f.name != "path")


def _kept_file() -> Path:
    """The one kept vocabulary (the last one checked: a bot serves one), for this interpreter."""
    return Path(__file__).resolve().parent / "__pycache__" / f"vocabulary.{sys.implementation.cache_tag}.marshal"


def _code_version() -> tuple | None:
    """What a checked vocabulary depends on besides its text: this module, the normaliser and the asking words'
    reader (their stamps, as bytecode is checked), OpenCC's converter, and the interpreter (unicodedata's tables).
    None: unknown, no keeping."""
    import opencc  # (imported by the first question's normalising anyway)

    from bot.language import normalize as normalizer

    try:
        stamps = tuple((st.st_mtime_ns, st.st_size) for st in map(os.stat, (__file__, normalizer.__file__,
                                                                            asking.__file__, opencc.__file__)))
    except (OSError, TypeError):
        return None
    return sys.version, getattr(opencc, "__version__", ""), stamps


def _kept(text: str, version: tuple | None) -> tuple[dict, dict] | None:
    """(the Vocabulary's fields, the file's parse) kept for this text and code version, else None."""
    if version is None:
        return None
    try:
        kept = marshal.loads(_kept_file().read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(kept, tuple) or len(kept) != 4 or kept[0] != version or kept[1] != text \
            or not isinstance(kept[2], dict) or set(kept[2]) != set(_KEPT_FIELDS) or not isinstance(kept[3], dict):
        return None
    return kept[2], kept[3]


def _keep(text: str, version: tuple | None, vocab: Vocabulary, data: dict) -> None:
    """Write the checked vocabulary for the next process: atomically, only into an existing __pycache__ folder and
    not when bytecode is not written either; a parse marshal cannot write (TOML dates) is not kept."""
    if version is None or sys.dont_write_bytecode:
        return
    try:
        blob = marshal.dumps((version, text, {name: getattr(vocab, name) for name in _KEPT_FIELDS}, data))
    except ValueError:
        return
    write_beside_bytecode(_kept_file(), blob, ".vocabulary-")


def _kept_vocabulary(p: Path, key: str) -> tuple[Vocabulary | None, tuple | None]:
    """The vocabulary kept for the file as it is now (its parse handed to the sections' readers, as _read_parsed
    does), else None; and the checking code's version (None: unknown)."""
    version = stamp(p)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None, None  # (reported when the file is read to be checked)
    code = _code_version()
    kept = _kept(text, code)
    if kept is None:
        return None, code
    if version is not None and stamp(p) == version:
        keep_parsed(key, version, kept[1])
        asking.hand_over(key, version, kept[0]["asking_words"])  # (its words as checked here, not normalised again)
    return Vocabulary(**kept[0], path=str(p)), code


def load_vocabulary(path: str | Path) -> Vocabulary:
    """Read and check the vocabulary; a mistake is reported with the file and line."""
    p = Path(path)
    kept, code = _kept_vocabulary(p, str(path))
    if kept is not None:
        return kept
    text, data = _read_parsed(p, str(path))
    read = _Checked(p, text, data)
    concepts = read.concepts()
    vocab = Vocabulary(
        fillers=read.longest_first("fillers"),
        generic_words=set(read.words("generic_words")),
        stopwords=set(read.words("stopwords")),
        department_suffixes=read.longest_first("department_suffixes"),
        regions=read.longest_first("regions"),
        self_references=read.longest_first("self_references"),
        followup_starts=read.words("followup_starts"),
        followup_ends=read.words("followup_ends"), followup_held=read.words("followup_held"),
        pointers=read.longest_first("pointers"),
        modifiers=read.longest_first("modifiers"),
        not_modifiers=read.longest_first("not_modifiers"),
        not_costs=read.longest_first("not_costs"),
        spending_kinds=read.longest_first("spending_kinds"),
        record_verbs=frozenset(read.words("record_verbs")),
        hesitations=read.longest_first("hesitations"),
        all_options=set(read.words("all_options")),
        unheld=read.longest_first("unheld"),
        duration_words=read.longest_first("duration_words"),
        pace_words=read.longest_first("pace_words"),
        measure_kin=read.words("measure_kin"),
        start_words=read.words("start_words"),
        end_words=read.words("end_words"),
        contrasts=read.words("contrasts"),
        series_measures=read.longest_first("series_measures"),
        **_table_words(read), **_asking_words(read), **_name_words(read),
        count_endings=read.longest_first("count_endings"),
        entity_kinds=read.longest_first("entity_kinds"),
        institution_kinds=read.longest_first("institution_kinds"),
        rate_endings=read.longest_first("rate_endings"),
        money_endings=read.longest_first("money_endings"),
        money_measures=read.words("money_measures"),
        operation_words=read.word_lists("operation_words"),
        department_wholes=read.word_lists("department_wholes"),
        followup_fillers=read.words("followup_fillers"),
        whole_words=read.words("whole_words"),
        funding_sources=read.words("funding_sources"),
        limit_words=read.word_lists("limit_words"),
        aliases=read.table("aliases"),
        concepts=concepts,
        categories=read.table("categories"),
        department_abbreviations=read.short_words("department_abbreviations"),
        unit_abbreviations=read.short_words("unit_abbreviations"),
        label_abbreviations=read.short_words("label_abbreviations"),
        path=str(p),
    )
    read.unknown_keys()
    if read.issues:
        raise LoadError(read.issues)
    _keep(text, code, vocab, data)
    return vocab
