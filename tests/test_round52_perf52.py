"""Round 52, perf52: per-question work done once per knowledge base gives what the scan over every
department form or name gave (the scans are kept here as the reference)."""

from __future__ import annotations

from bot.answer.facts.index import FactIndex
from bot.answer.facts.records import _across_a_name, _without_departments
from bot.engine.names import _department_name_chars
from bot.language.normalize import compact

FORMS = ["青川县水务局", "水务局", "县水务", "青川县", "务局", "川县水", "青川县农业农村局", "农业农村局", "农村",
         "白沙镇人民政府", "白沙镇", "镇人民政府", "人民政府", "沙镇", "局", "水务 局", "甲 乙"]
TEXTS = ["青川县水务局2025年水利工程维护费多少", "白沙镇人民政府和青川县农业农村局的公用经费合计",
         "县水务局的农村饮水工程", "川县水务局", "水务 局的项目", "没有部门的问题", "青川县白沙镇人民政府办公费"]


class _Index:
    """What the two readers use of a FactIndex: its department forms, longest first, and its kept readings."""

    dept_forms_said = FactIndex.dept_forms_said
    read_once = FactIndex.read_once

    def __init__(self, forms: list[str]):
        self.dept_order = sorted(forms, key=len, reverse=True)
        self.dept_by_gram: dict[str, list[str]] = {}
        for form in self.dept_order:
            self.dept_by_gram.setdefault(form[:2], []).append(form)


def _scan_without(idx: _Index, text: str) -> str:
    for form in idx.dept_order:
        if len(form) >= 2 and form in text:
            text = text.replace(form, " ")
    return text


def _scan_across(idx: _Index, text: str, a: int, b: int) -> bool:
    for form in idx.dept_order:
        s = text.find(form) if len(form) >= 2 else -1
        if s >= 0 and s < a < s + len(form) < b:
            return True
    return False


def test_departments_replaced_out_of_a_question_as_by_every_form():
    idx = _Index(FORMS)
    for text in TEXTS:
        assert _without_departments(idx, text) == _scan_without(idx, text), text
    # (a form replaced first leaves a space a later form holds: 甲 乙 is found after 青川县 went)
    assert _without_departments(idx, "水务 局的项目") == " 的项目"
    assert _without_departments(idx, "甲青川县乙的经费") == " 的经费"


def test_a_form_said_across_a_name_as_by_every_form():
    idx = _Index(FORMS)
    for text in TEXTS:
        for a in range(len(text)):
            for b in range(a + 1, len(text) + 1):
                assert _across_a_name(idx, text, a, b) == _scan_across(idx, text, a, b), (text, a, b)


class _Department:
    def __init__(self, name: str):
        self.name = name


class _KB:
    def __init__(self, names: list[str]):
        self.departments = [_Department(n) for n in names]


def _scan_chars(names: list[str], norm: str) -> set[int]:
    covered: set[int] = set()
    for n in {compact(x) for x in names if compact(x)}:
        at = norm.find(n)
        while at >= 0:
            covered.update(range(at, at + len(n)))
            at = norm.find(n, at + 1)
    return covered


def test_department_names_covered_as_by_every_name():
    names = ["青川县水务局", "青川县农业农村局", "青川县人力资源和社会保障局", "白沙镇人民政府", "局", "青川县"]
    kb = _KB(names)
    for text in ["青川县人力资源和社会保障局和青川县水务局的经费", "白沙镇人民政府", "局里的青川县", "无"]:
        norm = compact(text)
        assert _department_name_chars(kb, norm) == _scan_chars(names, norm), text  # type: ignore[arg-type]
