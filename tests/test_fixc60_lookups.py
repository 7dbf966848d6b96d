"""Review 60 (findings 6, 7, 8): per-question scans made look-ups in maps built once per index or knowledge base,
with the same answers; words moved out of Python into knowledge/vocabulary.toml, read through Words(...).

Fictional stand-ins of the index and the knowledge base (the helpers read only these attributes):
- a bare balance word said (结余) is a column's name less its period's end (年末结余) only when such a column is
  printed; the words are read once per index, not over every column at every question;
- a row's owner is a funding unit of a department shown only when that department lists projects under it (the
  units of each department read once per knowledge base);
- a run of a table's title running on into that table's own column label (结转结余率) is read from the table's
  long column labels, picked once per table;
- a table's text cells under a note head (注, 说明) are read once per table, in the table's order, none cut off;
- the moved words are the vocabulary's: a file without them makes the patterns match nothing.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

from bot.answer.facts.answerer import _texts_under_heads
from bot.answer.facts.index import FactIndex
from bot.answer.facts.question import _end_balance_column_said, _runs_into_own_column
from bot.answer.facts.year_items import _all_close, _close
from bot.engine.row_across import _a_unit_of
from bot.language import asking


class _Counted(set):
    """Keys that count how often they are walked."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


class _Index:
    read_once = FactIndex.read_once

    def __init__(self, col_keys: set[str], doc_keys: dict[int, set[str]] | None = None) -> None:
        self.col_keys = col_keys
        self.doc_keys = doc_keys or {}


def test_a_bare_balance_word_is_a_column_less_its_period_end_only_when_printed() -> None:
    keys = _Counted({"年末结余", "项目名称", "结余资金"})
    idx = _Index(keys)
    text = "课后服务经费结余多少"
    at = text.index("结余")
    assert _end_balance_column_said(text, at, idx)
    walked = _Counted.walks
    assert _end_balance_column_said("午餐补助结余多少", 4, idx)
    assert _Counted.walks == walked  # (read once per index)
    assert not _end_balance_column_said("午餐补助结转多少", 4, idx)  # (no 年末结转 printed)
    assert not _end_balance_column_said("午餐补助结余多少", 4, _Index({"结余资金", "本年结余"}))


def test_a_run_into_the_tables_own_column_is_read_from_its_long_columns() -> None:
    idx = _Index({"结转结余率", "项目", "结余"}, {1: {"结转结余率", "结余", "部门结转结余", "住建局"}, 2: {"住建局"}})
    text = "哪个部门结转结余率最高"
    m = re.search("部门结转结余", text)
    assert m is not None
    assert _runs_into_own_column(text, m, {1}, idx)
    assert not _runs_into_own_column(text, m, {2}, idx)  # (another table: no column of that name)
    assert idx.__dict__["_own_long_columns"][1] == ("结转结余率",)


class _Projects(dict):
    walks = 0

    def values(self):  # type: ignore[override]
        type(self).walks += 1
        return super().values()


def _kb() -> SimpleNamespace:
    projects = _Projects({
        1: SimpleNamespace(id=1, unit_name="县房屋征收服务中心", document_id=10),
        2: SimpleNamespace(id=2, unit_name="县林业技术推广站", document_id=20),
        3: SimpleNamespace(id=3, unit_name="", document_id=10),
    })
    documents = {10: {"department_name": "梧桐县住房和城乡建设局"}, 20: {"department_name": "梧桐县林业局"}}
    kb = SimpleNamespace(projects=projects, documents=documents)
    kb.department_of = lambda pid: documents[projects[pid].document_id]["department_name"]
    return kb


def test_a_unit_of_a_department_shown_is_read_from_a_map_built_once() -> None:
    kb = _kb()
    assert _a_unit_of(kb, "县房屋征收服务中心", {"梧桐县住房和城乡建设局"})
    walked = _Projects.walks
    assert not _a_unit_of(kb, "县房屋征收服务中心", {"梧桐县林业局"})  # (another department's unit: no)
    assert _a_unit_of(kb, "林业技术推广站", {"梧桐县林业局"})
    assert not _a_unit_of(kb, "县农机服务中心", {"梧桐县住房和城乡建设局", "梧桐县林业局"})
    assert _Projects.walks == walked


def test_the_notes_of_a_table_are_read_once_in_order_none_cut_off() -> None:
    cells = [{"id": i, "number": 1.0 if i % 3 == 0 else None,
              "row_labels": ("注" if i % 7 == 1 else "说明" if i % 11 == 2 else "项目甲"), "value": f"v{i}"}
             for i in range(1, 25001)]
    reads = []

    class _Idx:
        read_once = FactIndex.read_once
        docs = {5: SimpleNamespace(facts=[c["id"] for c in cells])}

        def facts(self, ids, copied=True):
            reads.append(len(ids))
            by_id = {c["id"]: c for c in cells}
            return [by_id[i] for i in ids]

    idx = _Idx()
    want = [c["id"] for c in cells if c["number"] is None and c["row_labels"] in ("注", "说明")]
    assert _texts_under_heads(idx, 5, ("注", "说明")) == want
    assert want[-1] > 20000  # (a note past the 20000th cell is read too)
    assert _texts_under_heads(idx, 5, ("说明", "注")) == want  # (the table's order, whichever head is named first)
    assert reads == [25000]


def test_every_sum_close_follows_the_one_tolerance() -> None:
    own = [(0, 100.0), (1, 50.0)]
    for n in (2, 5):
        for d in (0.0, 0.02, 0.05):
            sums = [100.0 + d, 50.0]
            assert _all_close(sums, own, n) == all(_close(s, x, n) for s, (_, x) in zip(sums, own, strict=True))


def test_the_moved_words_are_the_vocabularys(tmp_path: Path) -> None:
    from bot.answer.facts.dept_units import _RATE_END
    from bot.answer.facts.entities import _NOT_OF_ONE_YEAR_EVEN_SAID
    from bot.answer.facts.index import _PLACE_LEVEL_END
    from bot.answer.facts.owned_rows import _FILLER, _money_column
    from bot.engine.row_across import _PROJECT_HEAD
    from bot.engine.sides import _SWAPPED_ASK
    from bot.engine.units import _ASKED_AGAIN_END

    assert _NOT_OF_ONE_YEAR_EVEN_SAID.search("变动原因") and not _NOT_OF_ONE_YEAR_EVEN_SAID.search("结转结余率")
    assert _PROJECT_HEAD.search("部门（单位）及项目名称") and _RATE_END.search("结转结余率")
    assert _PLACE_LEVEL_END.search("白鹭湾区") and _ASKED_AGAIN_END.search("质监站呢") and _money_column() == "合计"
    assert _FILLER.sub("", "一共有多少钱") == "一共"
    said = _SWAPPED_ASK.fullmatch("梧桐征收中心的法律顾问服务呢")
    assert said is not None and said.group("thing") == "梧桐征收中心的法律顾问服务"
    vocab = tmp_path / "vocabulary.toml"
    vocab.write_text("[asking_words.units]\nkinds = [\"站\"]\n", encoding="utf-8")
    try:
        asking.use(vocab)  # (a file without the words: nothing of them is read, none kept in the code)
        assert not _NOT_OF_ONE_YEAR_EVEN_SAID.search("变动原因") and not _PROJECT_HEAD.search("项目名称")
        assert not _RATE_END.search("结转结余率") and not _PLACE_LEVEL_END.search("白鹭湾区")
        assert not _ASKED_AGAIN_END.search("质监站呢") and _money_column() == ""
        assert _SWAPPED_ASK.fullmatch("梧桐征收中心的法律顾问服务呢") is None
    finally:
        asking.use(asking.BUNDLED)
