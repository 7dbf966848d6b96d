"""The plain values the dialogue and the answer stages pass forward: a Frame (what to look up) and an
Answer (one reply)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from bot.language.lexicon import Ref

ANSWERED, CLARIFY, UNKNOWN = "answered", "clarify", "unknown"
# The intent of a question back that shows every value it asks between (one indicator's namesakes in several
# projects, bot/answer/namesakes.py): an answer in all but its status, kept and followed up as one.
NAMESAKES_ASKED = "indicator_namesakes"
ALL_LABEL = "全部"  # the clarification option that answers for every department


# the intent of an unknown: a kind of table (…绩效目标表) said of departments none of whose tables is of it
KIND_NOT_HELD = "kind_not_held"


@dataclass
class Frame:
    """What to look up: the intent and the resolved entities and parameters."""

    intent: str = ""
    projects: list[int] = field(default_factory=list)
    ambiguous: list[list[int]] = field(default_factory=list)  # project mentions matching several projects
    indicators: list[int] = field(default_factory=list)
    categories: list[Ref] = field(default_factory=list)
    doc_ids: list[int] = field(default_factory=list)  # scope; empty = not restricted by the question
    value_kind: str | None = None  # "period" | "annual" | None (both)
    column: str | None = None
    amount_filter: tuple | None = None
    value_has: str | None = None  # "指标值里有100%的": indicators whose value holds this number
    value_bound: tuple[str, float] | None = None  # "低于90%的满意度指标": indicators whose percentage is within it
    over_projects: bool = False  # "三个重点任务一共", "这几个项目加起来": the sum of the projects, not the table's total
    order: str | None = None  # "desc" | "asc"
    rank_n: int | None = None
    rank_offset: int | None = None
    exclude: list[int] = field(default_factory=list)
    measure: str = "amount"  # "amount" | "indicators" | "categories"
    count_of: str = "projects"
    label: str = ""  # how a clarification option is shown
    negated: bool = False  # "没有满意度指标的项目": the projects without
    every_department: bool = False  # no department named, several loaded: answered for each
    key_tasks: bool = False  # 重点任务 asked of every department: each one's tables printing key tasks only
    within: bool = False  # a content search inside the projects named
    name_holds: str = ""  # "带“政府雇员”的": the projects are those whose names hold this word
    related: bool = False  # "花炮相关的": …or whose goal or indicators say it
    unit: str = ""  # "图书馆有哪些项目": the 资金使用单位 named; the projects are its projects
    units: list[str] = field(default_factory=list)  # "图书馆和博物馆一共多少": several units named
    of_units: bool = False  # "有几个资金使用单位", "哪个单位经费最多": the units themselves are asked about
    besides_column: bool = False  # "除了财政拨款还有多少": the project's total less that column (its other sources)
    sole_source: bool | None = None  # "全是财政拨款的项目" True, "不全是财政拨款的" False: the projects by f.column
    with_share: bool = False  # "占比" -> "那加上X呢": the sum's share of the whole, as the last answer gave


def amount_filter_of(f: Frame) -> tuple:
    """The frame's amount filter, on the paths its rule only reaches when the question has one."""
    if f.amount_filter is None:
        raise ValueError("no amount filter in this frame")
    return f.amount_filter


def copy_frame(f: Frame) -> Frame:
    """A copy whose lists can be changed without touching f (asdict would deep-copy every Ref too)."""
    values: dict[str, Any] = {k: list(v) if isinstance(v, list) else v for k, v in vars(f).items()}
    values["ambiguous"] = [list(g) for g in f.ambiguous]
    return Frame(**values)


PART_NOT_COSTED = "part_not_costed"  # the intent of a typed unknown: money of a part named only by an indicator


@dataclass
class Answer:
    """One reply: status, the text a user sees, and what helps debugging."""

    question: str
    status: str
    text: str
    intent: str = ""
    options: list[str] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    source: list[dict] = field(default_factory=list)
    # A list of amounts or counts as plain data, for charts and export: each {"label", "value", "unit"},
    # optionally "series" (budget vs executed), "department" and "source" (table and line).
    rows: list[dict] = field(default_factory=list)
    debug: dict = field(default_factory=dict)
    elapsed_ms: float = 0.0

    def ids_of(self, kind: str) -> list:
        """The ids of the things of one kind the answer is about (fact, project, indicator), in its order."""
        return [e.get("id") for e in self.entities or () if e.get("kind") == kind]

    def to_dict(self) -> dict:
        """JSON-ready: `answer` is exactly the text a user sees."""
        data = asdict(self)
        data["answer"] = data.pop("text")
        return data

