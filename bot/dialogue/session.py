"""A conversation's context as a plain, serialisable value."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from bot.dialogue.values import Frame
from bot.language.lexicon import Ref


@dataclass
class Session:
    """Context of one conversation: the last frame, what it showed, and a pending clarification.

    A plain value: to_dict()/from_dict() carry it through JSON, so a conversation can live in a
    SessionStore shared by several processes (bot/frontends/sessions.py) instead of in one process's memory.
    """

    frame: Frame | None = None
    focus_projects: list[int] = field(default_factory=list)
    recent_projects: list[int] = field(default_factory=list)  # the last few projects answered about
    focus_indicators: list[int] = field(default_factory=list)
    last_list: list[tuple[str, int]] = field(default_factory=list)
    pending: list[Frame] = field(default_factory=list)
    doc_ids: list[int] = field(default_factory=list)
    build_id: str = ""  # the knowledge-base build the ids above refer to
    facts: dict = field(default_factory=dict)  # the fact answerer's context (answer/facts/), plain JSON
    figures: list[dict] = field(default_factory=list)  # each turn's one figure ({} if none), dialogue/figures.py
    shown_list: list[str] = field(default_factory=list)  # the items of the last list shown, in order
    shown_values: list = field(default_factory=list)  # their amounts where the list showed them (None if not)
    shown_figures: list[str] = field(default_factory=list)  # each item's figure as the list said it ("" if none)
    shown_source: str = ""  # the list's source, as it said it
    talk_departments: list[str] = field(default_factory=list)  # the departments the conversation is about
    application_line: list = field(default_factory=list)  # [project id, "detail" | "field", label] the last turn read
    listed_by: str = ""  # the intent of the answer that showed the last list (names_holding: a list of any tables' names)
    form_asked: str = ""  # what the last turn asked of a form workbook's projects ("score", "max", "min"), scorecard.py

    def reset(self, build_id: str) -> None:
        """Forget the context: after a reload its ids may name other projects."""
        self.__init__(build_id=build_id)  # type: ignore[misc]

    def to_dict(self) -> dict:
        """JSON-ready (Refs become dicts, tuples lists)."""
        data: dict = _plain(self)
        for frame in [data.get("frame"), *data.get("pending", [])]:
            if frame:  # a Ref is a named tuple: asdict keeps it, JSON would make it a bare list
                frame["categories"] = [r._asdict() for r in frame["categories"]]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Session:
        """The inverse of to_dict(); keys this version does not know are ignored, so a session written by
        an older or newer worker never fails to load (at worst it is reset on its next turn)."""
        known = cls.__dataclass_fields__
        values = {k: v for k, v in data.items() if k in known}
        if values.get("frame") is not None:
            values["frame"] = _frame_from_dict(values["frame"])
        values["pending"] = [_frame_from_dict(f) for f in values.get("pending") or []]
        values["last_list"] = [tuple(item) for item in values.get("last_list") or []]
        return cls(**values)


_ATOMS = frozenset({str, int, float, bool, type(None)})
_FIELDS: dict[type, tuple[str, ...]] = {}


def _plain(obj: Any) -> Any:
    """What dataclasses.asdict makes of a value, built without its per-value overhead (a session is written
    out every turn): dataclasses as dicts, lists, tuples (named ones kept) and dicts copied, strings and numbers
    as they are (deepcopy keeps them), anything else deep-copied as asdict does."""
    kind = type(obj)
    if kind in _ATOMS:
        return obj
    if kind is list:
        return [_plain(v) for v in obj]
    if kind is dict:
        return {_plain(k): _plain(v) for k, v in obj.items()}
    if is_dataclass(obj) and not isinstance(obj, type):
        names = _FIELDS.get(kind)
        if names is None:
            names = _FIELDS[kind] = tuple(f.name for f in fields(obj))
        return {name: _plain(getattr(obj, name)) for name in names}
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return kind(*[_plain(v) for v in obj])
    if isinstance(obj, list | tuple):
        return kind(_plain(v) for v in obj)
    if isinstance(obj, dict):
        return kind((_plain(k), _plain(v)) for k, v in obj.items())
    return copy.deepcopy(obj)


def _frame_from_dict(data: dict) -> Frame:
    values = {k: v for k, v in data.items() if k in Frame.__dataclass_fields__}
    values["categories"] = [Ref(**r) if isinstance(r, dict) else Ref(*r) for r in values.get("categories") or []]
    values["ambiguous"] = [list(g) for g in values.get("ambiguous") or []]
    if values.get("amount_filter") is not None:
        values["amount_filter"] = tuple(values["amount_filter"])
    return Frame(**values)

