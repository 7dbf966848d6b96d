"""Department names as people say them in a question: listed once per knowledge base, found in a text."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from operator import itemgetter

from bot.answer import facts_may_answer
from bot.language import lazyre as re
from bot.language.lexicon import KnowledgeBase, abbreviation_words
from bot.language.normalize import compact, in_order, normalize, small_number
from bot.language.sections import vocabulary_section
from bot.understand.parse import departments_said

_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_KIND = itemgetter(0)  # a Ref's kind


def _department_names(kb: KnowledgeBase) -> tuple[str, ...]:
    """The loaded departments' names, listed once per knowledge base (not once per question)."""
    names = _NAMES.get(kb)
    if names is None:
        names = _NAMES[kb] = tuple(d.name for d in kb.departments)
    return names


_DEPARTMENT_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_NO_NAMES: tuple[frozenset[str], tuple[int, ...]] = (frozenset(), ())


def _compact_department_names(kb: KnowledgeBase) -> dict[str, tuple[frozenset[str], tuple[int, ...]]]:
    """Every department's name, compacted, by its first two characters (a name of one character by that
    one), with the lengths they come in (a common head begins hundreds of names, of a few lengths). Built once
    per knowledge base, not once per question."""
    names = _DEPARTMENT_NAMES.get(kb)
    if names is None:
        heads: dict[str, list[str]] = {}
        for n in dict.fromkeys(compact(d.name) for d in kb.departments):
            if n:
                heads.setdefault(n[:2], []).append(n)
        names = _DEPARTMENT_NAMES[kb] = {h: (frozenset(ns), tuple(sorted({len(n) for n in ns})))
                                         for h, ns in heads.items()}
    return names


def _department_said_at(kb: KnowledgeBase, text: str) -> int:
    """Where the text first says a department (by any of its forms); its length when it says none."""
    return next((a for a, _ in department_spans(kb, text)), len(text))


def department_spans(kb: KnowledgeBase, text: str) -> list[tuple[int, int]]:
    """Where the text says a department (by any of its forms), as the lexicon finds them: (start, end) each."""
    # ("department" in map(…): the refs' kinds compared in C, a common name's thousands of refs among them)
    return [(a, b) for a, b, _, refs in kb.lexicon.spans(text) if "department" in map(_KIND, refs)]


def _department_name_chars(kb: KnowledgeBase, norm: str) -> set[int]:
    """The positions of compacted text that some department's whole name, said there, covers."""
    covered: set[int] = set()
    heads = _compact_department_names(kb)
    size = len(norm)
    for at in range(size):
        for head in (norm[at:at + 2], norm[at]):
            names, lengths = heads.get(head, _NO_NAMES)
            for n in lengths:
                if at + n <= size and norm[at:at + n] in names:
                    covered.update(range(at, at + n))
    return covered


def inside_department_name(kb: KnowledgeBase, norm: str) -> Callable[[int], bool]:
    """Whether the character at a position of compacted text is inside a department's whole name said there (the
    和 of 人力资源和社会保障局 joins no two things): the names found once per question, when a join word is met."""
    covered: set[int] | None = None

    def inside(i: int) -> bool:
        nonlocal covered
        if covered is None:
            covered = _department_name_chars(kb, norm)
        return i in covered
    return inside


_OWN_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def read_ahead(kb: KnowledgeBase) -> None:
    """The per-knowledge-base maps a question naming no department or two sides first needs (each department's
    projects' names, the places of the departments' names, the indicators' names each once: 7–18 ms each at 1,000
    departments), made when the knowledge base opens, so that no question stalls on them."""
    _department_project_names(kb)
    kb.department_place_map()
    kb.distinct_indicator_names()
    kb.indicator_ids_by_name()
    kb.row_labels()


def _department_project_names(kb: KnowledgeBase) -> dict[str, tuple[list, list[str]]]:
    """Per department name: its documents and its projects' names compacted (built once per knowledge base)."""
    found = _OWN_NAMES.get(kb)
    if found is None:
        docs: dict = {}  # by department_name as stored (None included, as the search compared it)
        for d, info in kb.documents.items():
            docs.setdefault(info.get("department_name"), []).append(d)
        of_doc: dict = {}
        for p in kb.projects.values():
            of_doc.setdefault(p.document_id, []).append(compact(p.name))
        found = _OWN_NAMES[kb] = {name: (ds, [n for d in ds for n in of_doc.get(d, ())]) for name, ds in docs.items()}
    return found


def _said_of(kb: KnowledgeBase, dept: str, side: str) -> bool:
    """Whether a side naming no department names a thing of dept's own tables (a label of its facts, or part
    of one of its project names): the question is then that department's alone. Read from the indexes, no
    answer built ("工会经费" beside "韶关市红十字会培训费" is the Red Cross's line)."""
    from bot.answer.facts import index_for

    text = compact(normalize(side))
    grams = {text[i:j] for i in range(len(text)) for j in range(i + 2, min(len(text), i + 24) + 1)}
    docs, own = _department_project_names(kb).get(dept, ([], []))
    idx = index_for(kb)
    if any(grams & idx.doc_keys.get(d, set()) for d in docs):
        return True
    names = list(own)
    names += [t for d in docs for t in idx.sheet_titles.get(d, ())]  # "专项资金" of its 专项资金分配 sheet
    return any(g in n for n in names for g in grams if len(g) >= 4)


def _bureau_named(kb: KnowledgeBase, question: str) -> list[str]:
    """The department a question not understood starts with by its bureau's short word ("卫健因公出国费多少"):
    what the conversation is about, so its follow-up ("那公务用车购置费呢") is not answered from another."""
    text = compact(normalize(question))
    return [d for word, d in _bureau_words(kb).items() if text.startswith(word)][:1]


_BUREAUS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _bureau_words(kb: KnowledgeBase) -> dict[str, str]:
    """The standard short word of one loaded department's bureau ("卫健" of 澄湖县卫生健康局), when it names
    nothing else of the knowledge base."""
    found = _BUREAUS.get(kb)
    if found is None:
        seen = abbreviation_words((d.name for d in kb.departments), kb.vocab.department_abbreviations)
        found = _BUREAUS[kb] = {w: next(iter(ds)) for w, (ds, _long) in seen.items()
                                if len(ds) == 1 and len(w) >= 2 and w not in kb.lexicon.forms}
    return found


_SAID: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
SAID_KEPT_AT_MOST = 4096  # texts whose departments are kept per knowledge base (then the memo starts afresh)


def _said_departments(kb: KnowledgeBase, text: str) -> list[str]:
    """The departments a few words name ("社工部", "财政局的"): one side of "社工部是财政局的百分之几". The steps
    of one turn ask it of the same sides again and again (each reading of two sides, then the pipeline's): kept per
    knowledge base by the words said (what they name depends on nothing else); a copy each time."""
    kept = _SAID.get(kb)
    if kept is None or len(kept) >= SAID_KEPT_AT_MOST:
        kept = _SAID[kb] = {}
    found = kept.get(text)
    if found is None:
        found = kept[text] = tuple(_read_said_departments(kb, text))
    return list(found)


def _read_said_departments(kb: KnowledgeBase, text: str) -> list[str]:
    norm = normalize(text)
    named = departments_said(norm, kb)
    if facts_may_answer(kb, norm):
        from bot.answer.facts import departments_named

        named += [d for d in departments_named(kb, norm) if d not in named]
        if not named:  # "营养改善计划总额": a table named by its title's subject, of its department
            from bot.answer.facts import departments_titled

            named += departments_titled(kb, norm)
    named += [d for d in places_said(kb, norm) if d not in named]
    return named


_PLACES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_PLACE_OF_NAME = re.compile(r"^(?:中共)?(?:\d{4}年度?)?([\u4e00-\u9fff]{2,3}?)(?:省|市|区|县)")


def _places(kb: KnowledgeBase) -> dict[str, str]:
    """Place names that stand for one department ("桐溪" of 桐溪区市场监督管理局, "青岚" of a table titled
    青岚县农业农村局…): the department a conversation is about when a question says only its place."""
    found = _PLACES.get(kb)
    if found is None:
        seen: dict[str, set[str]] = {}
        for doc in kb.documents.values():
            for text in (doc["department_name"], doc.get("form") or "", doc.get("title") or ""):
                m = _PLACE_OF_NAME.match(text or "")
                if m:
                    seen.setdefault(m.group(1), set()).add(doc["department_name"])
        found = _PLACES[kb] = {place: next(iter(ds)) for place, ds in seen.items() if len(ds) == 1}
    return found


_PLACE_ORDER: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def places_said(kb: KnowledgeBase, text: str) -> list[str]:
    """The departments of the places (_places) a text says, in the places' order: what a scan of every place
    finds, read from the text's own pieces of a place's length (a question is a few dozen characters; a city's
    places are thousands)."""
    places = _places(kb)
    kept = _PLACE_ORDER.get(kb)
    if kept is None or kept[0] is not places:
        kept = _PLACE_ORDER[kb] = (places, {p: k for k, p in enumerate(places)}, sorted({len(p) for p in places}))
    _, order, sizes = kept
    said = {text[i:i + n] for n in sizes for i in range(len(text) - n + 1)}
    return [places[p] for p in sorted(said & order.keys(), key=order.__getitem__)]


_ALL_PLACES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _place_words(kb: KnowledgeBase) -> frozenset[str]:
    """Every place a loaded table's department or title begins with ("临湘" of 临湘市林业局), whether it
    stands for one department or several."""
    found = _ALL_PLACES.get(kb)
    if found is None:
        found = _ALL_PLACES[kb] = frozenset(
            place for doc in kb.documents.values() for text in (doc["department_name"], doc.get("title") or "")
            for place in _leading_places(text or ""))
    return found


_ONE_PLACE = re.compile(r"(?:中共)?(?:\d{4}年度?)?([\u4e00-\u9fff]{2,3}?)(?:省|市|区|县|旗)")


def _leading_places(text: str) -> list[str]:
    """The places a name begins with, each without its 市/区/县: 广州, 白云 of 广州市白云区信访局."""
    places, at = [], 0
    while (m := _ONE_PLACE.match(text, at)) is not None:
        places.append(m.group(1))
        at = m.end()
    return places


# A department's name after its places: 信访局 of 广州市白云区信访局
_KIND_OF_DEPARTMENT = re.compile(r"^(?:中共)?(?:[\u4e00-\u9fff]{2,3}?(?:省|市|区|县|旗))+(?P<kind>[\u4e00-\u9fff]{2,8}(?:局|委员会|委|办公室|办|中心))$")


def _kind_of_department(name: str) -> str:
    """The kind of a department, its name without its places ("信访局"); "" when its name is not so made."""
    m = _KIND_OF_DEPARTMENT.match(name)
    return m.group("kind") if m else ""


_BUDGET_SHORT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _budget_short_names(kb: KnowledgeBase) -> tuple[tuple[str, str], ...]:
    """(short, long) of the vocabulary's [budget_short_names] whose budget a loaded table's title is of and whose
    short word nothing loaded prints (a label, a department's or project's name: 国资 of a 国资委), longest first.
    Listed once per knowledge base."""
    pairs = _BUDGET_SHORT.get(kb)
    if pairs is None:
        from bot.answer.facts.index import budget_kinds, index_for

        kinds = set().union(*(budget_kinds(compact(doc.get("form") or "")) for doc in kb.documents.values()))
        printed = index_for(kb).label_text
        forms = kb.lexicon.forms
        pairs = tuple(sorted(((short, long) for long, shorts in kb.vocab.budget_short_names.items() if long in kinds
                              for short in shorts if short not in printed and not any(short in f for f in forms)),
                             key=lambda p: -len(p[0])))
        _BUDGET_SHORT[kb] = pairs
    return pairs


def budget_said_in_full(kb: KnowledgeBase, text: str) -> str:
    """"天台国资预算利润收入": a budget said by its short name (国资预算) read as the name its table's title prints
    (国有资本经营预算), so the short word names that table as the full one does, never an unknown word; then a
    budget's scope word ("基金里X", "基金本年收入合计": [budget_scope_words]) where it stands as the table's."""
    if any(short in text for shorts in kb.vocab.budget_short_names.values() for short in shorts):
        for short, long in _budget_short_names(kb):
            if short in text:
                text = _short_name_replaced(kb, text, short, long)
    scoped = _budget_scope_names(kb)
    for short, long in scoped:
        if short in text:
            text = _scope_word_replaced(kb, text, short, long, [lg for _, lg in scoped])
    return text


_BUDGET_SCOPE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _budget_scope_names(kb: KnowledgeBase) -> tuple[tuple[str, str], ...]:
    """(word, budget) of the words a loaded budget's name is said without ([budget_scope_words] dropped left out of
    it: 基金预算, 基金), each said of one loaded budget only, longest first (a short name said otherwise, 社保基金, is
    the label abbreviations' to read: 社会保险基金 of its table's title). Listed once per
    knowledge base (none, and no fact index built, where no table's title is of a budget)."""
    pairs = _BUDGET_SCOPE.get(kb)
    if pairs is None and not any("预算" in (doc.get("form") or "") for doc in kb.documents.values()):
        pairs = _BUDGET_SCOPE[kb] = ()  # (no table's title names a budget: the facts layer stays unimported)
    if pairs is None:
        from bot.answer.facts.index import budget_kinds, index_for

        kinds = {k for doc in kb.documents.values() for k in budget_kinds(compact(doc.get("form") or ""))
                 if k.endswith("预算")}
        read = set(index_for(kb).budget_kind_docs) if kinds else set()  # (政府性基金: the facts read it so already)
        dropped = vocabulary_section(index_for(kb).vocab_path, "budget_scope_words", _read_bounds).get("dropped", ()) \
            if kinds else ()
        of: dict[str, set[str]] = {}
        for long in kinds:
            forms = {long}
            for word in dropped:
                forms |= {f.replace(word, "") for f in forms}
            for form in forms - {long}:
                if len(form) >= 2:
                    of.setdefault(form, set()).add(long)
        pairs = tuple(sorted(((f, next(iter(ls))) for f, ls in of.items() if len(ls) == 1 and f not in read),
                             key=lambda p: -len(p[0])))
        _BUDGET_SCOPE[kb] = pairs
    return pairs


def _scope_word_replaced(kb: KnowledgeBase, text: str, short: str, long: str, longs: list[str]) -> str:
    """The text with a budget's scope word read as the budget's name where it stands as the table's word: before a
    word of [budget_scope_words] scope_after (基金里, 基金的), or where neither the two characters before it nor
    the two after it make a word a label prints (国有土地收益基金 is a row's word, 基金本年 none) — never inside a
    budget's name said (政府性基金预算), nor where [short_budget_word_limits] continued continues it (基金会…)."""
    from bot.answer.facts.index import index_for

    idx = index_for(kb)
    words = vocabulary_section(idx.vocab_path, "budget_scope_words", _read_bounds)
    limits = vocabulary_section(idx.vocab_path, "short_budget_word_limits", _read_bounds).get("continued", ())
    inside = {i for lg in {long, *longs} for m in re.finditer(re.escape(lg), text) for i in range(m.start(), m.end())}
    out, at = [], 0
    for m in re.finditer(re.escape(short), text):
        after = text[m.end():]
        stands = m.start() not in inside and not any(after.startswith(w) for w in limits) \
            and _scope_word_begins(kb, text[:m.start()]) and (
                any(after.startswith(w) for w in words.get("scope_after", ()))
                or bool(after) and text[m.start():m.end() + 2] not in idx.label_text
                or not after and m.start() == 0)  # (the word alone: "基金" in reply to tables offered)
        out.append(text[at:m.start()] + (long if stands else short))
        at = m.end()
    return "".join(out) + text[at:]


def _scope_word_begins(kb: KnowledgeBase, before: str) -> bool:
    """Whether what comes before a budget's scope word leaves it a word of its own: nothing, a mark or space, a
    year (2025年), or a department's or place's name only ("云和基金里") — never the end of another word
    (养老保险基金的补助)."""
    from bot.answer.facts.index import index_for

    last = before[-1:]
    return not last or not re.match(r"[\u4e00-\u9fff]", last) or last == "年" \
        or compact(before) in index_for(kb).dept_forms


def _short_name_replaced(kb: KnowledgeBase, text: str, short: str, long: str) -> str:
    """The text with `short` read as `long` only where it stands as the budget's word: never where a word of
    [short_budget_word_limits] continued continues it (国资委, 国资办, 国资公司: a department or company, not the
    budget); there the user's own word is kept (and shown as said in a "no data" reply)."""
    from bot.answer.facts.index import index_for

    words = vocabulary_section(index_for(kb).vocab_path, "short_budget_word_limits", _read_bounds)
    out, at = [], 0
    for m in re.finditer(re.escape(short), text):
        after = text[m.end():].lstrip()  # ("天台国资 房地产企业利润收入": the row after a space)
        stands = not any(after.startswith(w) for w in words.get("continued", ()))
        out.append(text[at:m.start()] + (long if stands else short))
        at = m.end()
    return "".join(out) + text[at:]


def _read_bounds(data: object) -> dict[str, tuple[str, ...]]:
    kinds = data if isinstance(data, dict) else {}
    return {k: tuple(sorted((compact(w) for w in v if isinstance(w, str) and compact(w)), key=len, reverse=True))
            for k, v in kinds.items() if isinstance(v, list)}


# "两个项目支出表": a count of tables and a kind said short (its words in order in a published kind, starting alike)
_COUNTED_TABLES = re.compile(r"(?P<n>[两俩二三四五六七八九十\d])个(?P<word>[\u4e00-\u9fff]{2,10}?表)")


def counted_tables_in_full(kb: KnowledgeBase, text: str) -> str:
    """"两个项目支出表合计加起来多少": tables counted and said by their kind short, read as the one published kind
    (项目支出绩效目标表) whose words start alike and hold the said ones in order and of which exactly that many
    tables are loaded — never when the word is a kind itself, or when no such kind or several fit the count."""
    if "个" not in text or "表" not in text:
        return text
    for m in _COUNTED_TABLES.finditer(text):
        word, n = m.group("word"), small_number(m.group("n"))
        if n is None or n < 2 or any(k in word for k in kb.vocab.table_kinds):
            continue
        counts = _form_counts(kb)
        if word in counts:
            continue
        fits = [f for f, c in counts.items() if c == n and f[:2] == word[:2] and in_order(word, f)]
        if len(fits) == 1:
            return text[:m.start("word")] + fits[0] + text[m.end("word"):]
    return text


_FORM_COUNTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _form_counts(kb: KnowledgeBase) -> dict[str, int]:
    """How many loaded tables are of each published kind (compacted), once per knowledge base."""
    if kb not in _FORM_COUNTS:
        counts: dict[str, int] = {}
        for doc in kb.documents.values():
            form = compact(str(doc.get("form") or ""))
            counts[form] = counts.get(form, 0) + 1
        _FORM_COUNTS[kb] = counts
    return _FORM_COUNTS[kb]
