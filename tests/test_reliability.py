"""Issue 10: nothing an admin, a bad file or a full disk does may lose data, leak a question, or stop
the answers. One test (or a few) per numbered item, each named after what it protects."""

from __future__ import annotations

import io
import json
import os
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from bot.config import Config, ConfigError, load_config
from bot.engine import Engine
from bot.frontends.admin import reload_knowledge
from bot.ingest.formats import read_documents
from bot.language.vocabulary import load_vocabulary
from bot.model import LoadError
from bot.store.build import load_paths
from bot.store.qlog import QuestionLog

ROOT = Path(__file__).resolve().parent.parent


# --- 14: config.toml is validated at start -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ('knowledge = "knowledge"\n[telegram]\nadmins = 1\n', "admins", 3),
        ('[telegram]\nadmins = ["1"]\n', "admins", 2),
        ('[telegram]\n\nmax_upload_bytes = "5MB"\n', "max_upload_bytes", 3),
        ('db = "data/kb.sqlite"\nknowlege = "knowledge"\n', "knowlege", 2),
        ('db = 5\n', "db", 1),
        ('[telegram]\nwebhook_port = 1.5\n', "webhook_port", 2),
        ('telegram = 3\n', "telegram", 1),
    ],
)
def test_a_mistyped_config_is_refused_with_key_and_line(tmp_path: Path, text: str, key: str, line: int) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(cfg)
    message = str(info.value)
    assert key in message and f"第 {line} 行" in message, message


def test_the_shipped_config_is_valid() -> None:
    cfg = load_config(ROOT / "config.toml")
    assert cfg.telegram.max_upload_bytes > 0 and cfg.telegram.admins == []


# --- 5: the question log never stands between a person and an answer -----------------------------

QUESTIONS = ["法律顾问经费多少", "哪个项目经费最多", "月球基地经费多少"] * 10


def _ask_batch(db: Path, questions: list[str], preexec=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--db", str(db), "--json"],
        input="\n".join(questions).encode("utf-8"), capture_output=True, cwd=ROOT, timeout=300,
        preexec_fn=preexec,
    )


def test_a_full_disk_does_not_stop_the_answers(seed_db: Path) -> None:
    _ask_batch(seed_db, QUESTIONS[:1])  # the log exists; now no file may grow by a single byte

    def no_writes() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))

    done = _ask_batch(seed_db, QUESTIONS, preexec=no_writes)
    answers = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert len(answers) == len(QUESTIONS)
    assert [a["status"] for a in answers[:3]] == ["answered", "answered", "unknown"]
    stderr = done.stderr.decode("utf-8")
    assert stderr.count("提问日志") == 1 and "无法写入" in stderr, stderr


def test_a_corrupt_question_log_is_kept_aside_and_a_new_one_started(seed_db: Path, tmp_path: Path) -> None:
    log = tmp_path / "questions.sqlite"
    garbage = b"this is no database " * 500
    log.write_bytes(garbage)
    engine = Engine(seed_db, ROOT / "knowledge" / "vocabulary.toml", log_db=log)
    assert engine.ask("法律顾问经费多少").status == "answered"
    [aside] = [p for p in tmp_path.iterdir() if p.name.startswith("questions.sqlite.unreadable")]
    assert aside.read_bytes() == garbage
    assert [q for q, _ in sqlite3.connect(log).execute("SELECT question, status FROM questions")] == ["法律顾问经费多少"]
    assert any("无法读取" in n for n in engine.log.take_notices())


def test_a_deleted_question_log_is_recreated(tmp_path: Path) -> None:
    log_path = tmp_path / "questions.sqlite"
    log = QuestionLog(log_path)
    log.record("第一个问题", "answered")
    for f in tmp_path.iterdir():
        f.unlink()
    log.record("第二个问题", "unknown")
    log.close()
    assert [q for (q,) in sqlite3.connect(log_path).execute("SELECT question FROM questions")] == ["第二个问题"]


def test_a_log_fault_is_reported_once_and_recovery_noticed(tmp_path: Path, capsys) -> None:
    log = QuestionLog(tmp_path / "questions.sqlite")
    log.conn.close()  # every write now fails the way a vanished disk does
    for _ in range(5):
        log.record("问题", "answered")
    assert capsys.readouterr().err.count("无法写入") == 1
    notices = log.take_notices()
    assert len(notices) == 1 and log.take_notices() == []


# --- 1–4, 16: loads never lose data and check everything before anything on disk changes --------

SEED = ROOT / "knowledge" / "000_9289cd5134f499bc.txt"
DATA = Path(__file__).resolve().parent / "data"
CIVIL = DATA / "civil_affairs.txt"


def _counts(db: Path) -> tuple[int, ...]:
    con = sqlite3.connect(db)
    try:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("documents", "projects", "indicators"))
    finally:
        con.close()


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def _truncated_seed() -> str:
    """The seed cut after its first project: the 合计 line still says 234.98."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    second = [k for k, line in enumerate(lines) if "法律顾问" in line][0]
    return "\n".join(lines[: second - 1]) + "\n"


def test_loading_one_file_does_not_drop_the_other_departments(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite"
    assert _cli("load", str(SEED), str(CIVIL), "--db", str(db)).returncode == 0
    before = db.read_bytes()
    refused = _cli("load", str(CIVIL), "--db", str(db))
    assert refused.returncode == 1 and "广州市白云区信访局" in refused.stderr and "--remove" in refused.stderr
    assert db.read_bytes() == before
    added = _cli("load", str(CIVIL), "--db", str(db), "--add")
    assert added.returncode == 0 and _counts(db)[0] == 2
    removed = _cli("load", str(CIVIL), "--db", str(db), "--remove")
    assert removed.returncode == 0 and "删除：广州市白云区信访局" in removed.stdout and _counts(db)[0] == 1


def test_a_truncated_document_is_refused_unless_forced(tmp_path: Path, seed_db: Path) -> None:
    db = seed_db  # the seed, loaded
    before = db.read_bytes()
    cut = tmp_path / "cut.txt"
    cut.write_text(_truncated_seed(), encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load_paths(db, [cut])
    assert "cut.txt" in str(info.value) and "234.98" in str(info.value) and "不完整" in str(info.value)
    assert db.read_bytes() == before
    summary = load_paths(db, [cut], force=True)
    assert summary.projects < 6 and "广州市白云区信访局" in summary.replaced[0]


def test_which_version_wins_does_not_depend_on_file_times(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    uploads = knowledge / "uploads"
    uploads.mkdir(parents=True)
    old = knowledge / "seed.txt"
    old.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    text = SEED.read_text(encoding="utf-8")
    corrected = text.replace("12.00", "13.00").replace("234.98", "235.98", 1)
    (uploads / "corrected.txt").write_text(corrected, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    load_paths(db, [knowledge], uploads=uploads)
    os.utime(old)  # a copy, restore or touch of the old file makes it the newest
    summary = load_paths(db, [knowledge], uploads=uploads)
    con = sqlite3.connect(db)
    [total] = con.execute("SELECT total FROM projects WHERE name LIKE '%法律顾问%'").fetchone()
    assert total == 13.0 and not summary.replaced
    # Two different versions side by side, neither an upload: an error naming both, nothing changes.
    (knowledge / "seed-copy.txt").write_text(corrected + "\n", encoding="utf-8")
    shutil.rmtree(uploads)
    with pytest.raises(LoadError) as info:
        load_paths(db, [knowledge], uploads=uploads)
    assert "seed.txt" in str(info.value) and "seed-copy.txt" in str(info.value)


def test_a_replaced_table_shows_what_changed(tmp_path: Path, seed_db: Path) -> None:
    db = seed_db  # the seed, loaded
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(SEED.read_text(encoding="utf-8").replace("12.00", "13.00").replace("234.98", "235.98", 1),
                         encoding="utf-8")
    summary = load_paths(db, [corrected])
    changes = "\n".join(summary.changes["广州市白云区信访局"])
    assert "12.00 → 13.00" in changes and "聘请法律顾问专项经费" in changes
    assert "234.98 → 235.98" in changes


def test_a_table_replaced_after_an_upgrade_still_shows_what_changed(tmp_path: Path, seed_db: Path) -> None:
    # A newer program reads files differently, so the live rows are not reused; what changed is still told.
    with sqlite3.connect(seed_db) as conn:
        conn.execute("UPDATE meta SET value = 'an older reader' WHERE key = 'ingest_version'")
    conn.close()
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(SEED.read_text(encoding="utf-8").replace("12.00", "13.00").replace("234.98", "235.98", 1),
                         encoding="utf-8")
    summary = load_paths(seed_db, [corrected])
    assert "12.00 → 13.00" in "\n".join(summary.changes["广州市白云区信访局"])


def test_adding_a_table_after_an_upgrade_keeps_every_department(tmp_path: Path) -> None:
    # The live rows come from an older reader: the kept tables are read again from their files.
    db = tmp_path / "kb.sqlite"
    load_paths(db, [SEED])
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = 'an older reader' WHERE key = 'ingest_version'")
    conn.close()
    summary = load_paths(db, [CIVIL], keep_existing=True)
    assert _counts(db)[0] == 2 and not summary.removed


def test_adding_after_an_upgrade_whose_kept_file_is_gone_changes_nothing(tmp_path: Path) -> None:
    db, moved = tmp_path / "kb.sqlite", tmp_path / "seed.txt"
    shutil.copy(SEED, moved)
    load_paths(db, [moved])
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = 'an older reader' WHERE key = 'ingest_version'")
    conn.close()
    moved.unlink()
    before = db.read_bytes()
    with pytest.raises(LoadError) as info:
        load_paths(db, [CIVIL], keep_existing=True)
    assert "seed.txt" in str(info.value) and "不在原处" in str(info.value)
    assert db.read_bytes() == before


def _broken_language(tmp_path: Path, which: str) -> Config:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    shutil.copy(SEED, knowledge / SEED.name)
    for name in ("vocabulary.toml", "intents.toml"):
        shutil.copy(ROOT / "knowledge" / name, knowledge / name)
    path = knowledge / which
    path.write_text(path.read_text(encoding="utf-8").replace("[concepts]", "[concepts\n", 1)
                    .replace("[[rule]]", "[[rule]\n", 1), encoding="utf-8")
    return Config(knowledge=knowledge, vocabulary=knowledge / "vocabulary.toml", db=tmp_path / "kb.sqlite",
                  log_db=tmp_path / "log.sqlite")


@pytest.mark.parametrize("which", ["vocabulary.toml", "intents.toml"])
def test_a_broken_vocabulary_or_rules_file_changes_nothing_on_disk(tmp_path: Path, which: str) -> None:
    cfg = _broken_language(tmp_path, which)
    load_paths(cfg.db, [SEED])
    before = cfg.db.read_bytes()
    shutil.copy(CIVIL, cfg.knowledge / "civil.txt")
    with pytest.raises(LoadError) as info:
        reload_knowledge(cfg)
    assert which in str(info.value)
    assert cfg.db.read_bytes() == before  # a restart serves what the admin was told is still served


def test_load_refuses_a_broken_vocabulary_with_a_chinese_message_and_line(tmp_path: Path) -> None:
    vocab = tmp_path / "vocabulary.toml"
    text = (ROOT / "knowledge" / "vocabulary.toml").read_text(encoding="utf-8")
    vocab.write_text(text.replace("[concepts]", "[concepts", 1), encoding="utf-8")
    shutil.copy(ROOT / "knowledge" / "intents.toml", tmp_path / "intents.toml")
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'vocabulary = "{vocab}"\nknowledge = "{ROOT / "knowledge"}"\n', encoding="utf-8")
    done = _cli("load", "--config", str(cfg), "--db", str(tmp_path / "kb.sqlite"))
    line = text.splitlines().index("[concepts]") + 1
    assert done.returncode == 1 and f"vocabulary.toml:{line}" in done.stderr, done.stderr
    message = done.stderr.split("vocabulary.toml:", 1)[1]
    assert not re.search(r"[A-Za-z]{4,}", message.replace("TOML", "")), message  # no half-English errors
    assert not (tmp_path / "kb.sqlite").exists()


def test_vocabulary_mistakes_are_not_silently_ignored(tmp_path: Path) -> None:
    text = (ROOT / "knowledge" / "vocabulary.toml").read_text(encoding="utf-8")
    misspelt_key = tmp_path / "vocabulary.toml"
    misspelt_key.write_text(text.replace("stopwords = [", "stopword = [", 1), encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load_vocabulary(misspelt_key)
    line = text.splitlines().index(next(t for t in text.splitlines() if t.startswith("stopwords = ["))) + 1
    assert "“stopword”" in str(info.value) and f"vocabulary.toml:{line}" in str(info.value)
    shutil.copy(ROOT / "knowledge" / "intents.toml", tmp_path / "intents.toml")
    misspelt_key.write_text(text.replace('"律师" = "法律顾问"', '"律师" = "法律顾向"'), encoding="utf-8")
    cfg = Config(knowledge=ROOT / "knowledge", vocabulary=misspelt_key, db=tmp_path / "kb.sqlite",
                 log_db=tmp_path / "log.sqlite")
    summary = reload_knowledge(cfg, paths=[SEED])
    assert any("律师" in w.message and "法律顾向" in w.message for w in summary.vocabulary)
    assert "法律顾向" in summary.text()


# --- 6: temporary files of a killed load are cleaned ---------------------------------------------


def test_leftovers_of_a_killed_load_are_cleaned_on_the_next_load(tmp_path: Path, seed_db: Path) -> None:
    db = seed_db  # the seed, loaded
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    leftovers = [tmp_path / f".kb.sqlite.{pid}.building", tmp_path / f".kb.sqlite.{pid}.building-journal"]
    for f in leftovers:
        f.write_bytes(b"half a database")
    running = tmp_path / f".kb.sqlite.{os.getppid()}.building"  # a load still running elsewhere
    running.write_bytes(b"in progress")
    load_paths(db, [SEED, CIVIL], keep_existing=True)
    assert not any(f.exists() for f in leftovers) and running.exists()


def test_a_killed_upload_leaves_nothing_behind_after_the_next_one(tmp_path: Path) -> None:
    from bot.config import TelegramConfig
    from bot.frontends.admin import install_upload

    knowledge = tmp_path / "knowledge"
    uploads = knowledge / "uploads"
    uploads.mkdir(parents=True)
    shutil.copy(SEED, knowledge / SEED.name)
    for name in ("vocabulary.toml", "intents.toml"):
        shutil.copy(ROOT / "knowledge" / name, knowledge / name)
    cfg = Config(knowledge=knowledge, vocabulary=knowledge / "vocabulary.toml", db=tmp_path / "kb.sqlite",
                 log_db=tmp_path / "log.sqlite", telegram=TelegramConfig(upload_folder=uploads))
    load_paths(cfg.db, [knowledge])
    (uploads / ".old.txt.uploading").write_bytes(b"half an upload")
    data = CIVIL.read_bytes()
    install_upload(cfg, None, "civil.txt", data, read_documents("civil.txt", data))
    assert sorted(p.name for p in uploads.iterdir()) == ["civil.txt"]


def test_a_failed_load_leaves_no_temporary_file(tmp_path: Path, seed_db: Path) -> None:
    db = seed_db  # the seed, loaded
    with pytest.raises(LoadError):
        load_paths(db, [SEED, tmp_path / "missing.txt"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kb.sqlite"]


# --- 12: one undecodable line does not abort a batch ---------------------------------------------


def test_one_invalid_utf8_line_does_not_abort_the_batch(seed_db: Path) -> None:
    stdin = "法律顾问经费多少\n".encode() + b"\xff\xfe\xb0bad\n" + "哪个项目经费最多\n".encode()
    done = subprocess.run([sys.executable, "-m", "bot", "ask", "--db", str(seed_db), "--json"], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=300)
    answers = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert done.returncode == 0, done.stderr
    assert [a["status"] for a in answers] == ["answered", "unknown", "answered"]
    assert "第 2 行" in answers[1]["answer"] and "UTF-8" in answers[1]["answer"]


# --- 8–11, 15: bad workbooks get a clear Chinese message naming file, sheet and row -------------

SAMPLES = sorted((DATA / "samples").glob("*.xlsx"))


@pytest.fixture(scope="module")
def template_bytes(tmp_path_factory: pytest.TempPathFactory, built_copy) -> bytes:
    from bot.store.export import export_xlsx

    folder = tmp_path_factory.mktemp("template")
    built_copy([SEED], folder / "kb.sqlite")
    return export_xlsx(folder / "kb.sqlite", folder / "kb.xlsx").read_bytes()


def _edited(data: bytes, sheet: str, cell: str, value: object) -> bytes:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data))
    wb[sheet][cell] = value
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _refused(name: str, data: bytes) -> str:
    with pytest.raises(LoadError) as info:
        read_documents(name, data)
    return str(info.value)


def test_malformed_xml_inside_a_workbook_is_refused_with_a_message(template_bytes: bytes) -> None:
    src = zipfile.ZipFile(io.BytesIO(template_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item)
            if item.filename.startswith("xl/worksheets/sheet"):
                body = body[: len(body) // 2]  # cut inside an element
            dst.writestr(item, body)
    message = _refused("损坏.xlsx", out.getvalue())
    assert "损坏.xlsx" in message and "内容损坏" in message and "no element found" not in message


@pytest.mark.parametrize("year", ["²", "२०२४", 10**20, "99999999999999999999"])
def test_a_template_year_that_is_no_year_is_refused(template_bytes: bytes, year: object) -> None:
    message = _refused("模板.xlsx", _edited(template_bytes, "部门", "D2", year))
    assert "第 2 行" in message and "年度" in message


def test_a_group_number_beyond_integer_range_is_refused_and_leaves_nothing(template_bytes: bytes,
                                                                           tmp_path: Path) -> None:
    book = tmp_path / "模板.xlsx"
    book.write_bytes(_edited(template_bytes, "绩效指标", "C2", 10**20))
    db = tmp_path / "kb.sqlite"
    with pytest.raises(LoadError) as info:
        load_paths(db, [book])
    assert "第 2 行" in str(info.value) and "组或序号" in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["模板.xlsx"]


def test_template_rows_without_trailing_empty_cells_load(template_bytes: bytes) -> None:
    """Excel and LibreOffice save a row only up to its last non-empty cell, and a sheet's size
    (<dimension>) need not be there: then rows come back shorter than the header."""
    from openpyxl import Workbook, load_workbook

    full = load_workbook(io.BytesIO(template_bytes))
    wb = Workbook()
    wb.remove(wb.active)
    for ws in full.worksheets:
        out = wb.create_sheet(ws.title)
        for row in ws.iter_rows(values_only=True):
            row = list(row)
            while row and row[-1] in (None, ""):
                row.pop()
            out.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    stripped = io.BytesIO()
    with zipfile.ZipFile(stripped, "w") as dst:
        for item in src.infolist():
            body = src.read(item)
            if item.filename.startswith("xl/worksheets/sheet"):
                body = re.sub(rb"<dimension[^>]*/>", b"", body)
            dst.writestr(item, body)
    [(short_rows, _)] = read_documents("模板.xlsx", stripped.getvalue())
    [(original, _)] = read_documents("模板.xlsx", template_bytes)
    assert short_rows.as_dict() == original.as_dict()


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem.split("_")[0])
def test_published_layouts_with_moved_header_cells_get_a_message(sample: Path) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(sample)
    ws = wb.worksheets[0]
    header = next(c for row in ws.iter_rows() for c in row
                  if isinstance(c.value, str) and "".join(c.value.split()) in ("一级指标", "指标类型"))
    for merged in list(ws.merged_cells.ranges):
        if header.coordinate in merged:
            ws.unmerge_cells(str(merged))
    ws.cell(header.row + 1, header.column).value, header.value = header.value, None
    buf = io.BytesIO()
    wb.save(buf)
    try:
        read_documents(sample.name, buf.getvalue())
    except LoadError as exc:
        message = str(exc)
        assert sample.name in message and ws.title in message and "第" in message, message


@pytest.mark.parametrize("value", ["inf", "nan", "1e309", -5])
def test_amounts_must_be_finite_and_not_negative(template_bytes: bytes, value: object) -> None:
    message = _refused("模板.xlsx", _edited(template_bytes, "项目", "E2", value))
    assert "模板.xlsx:2:" in message and "金额" in message and "信访工作经费" in message


def test_invisible_characters_do_not_make_a_second_department(template_bytes: bytes, tmp_path: Path) -> None:
    book = tmp_path / "模板.xlsx"
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(template_bytes))
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("广州市白云区信访局"):
                    cell.value = cell.value.replace("信访局", "信\u200b访\u202e局\u2066")
    wb.save(book)
    [(doc, _)] = read_documents(book)
    assert doc.department_name == "广州市白云区信访局"
    assert any("U+200B" in w.message and "U+202E" in w.message for w in doc.warnings)
    summary = load_paths(tmp_path / "kb.sqlite", [book])
    assert summary.departments == ["广州市白云区信访局"]


def test_a_department_twice_in_one_workbook_is_refused(template_bytes: bytes) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(template_bytes))
    ws = wb["部门"]
    ws.append([c.value for c in ws[2]])
    buf = io.BytesIO()
    wb.save(buf)
    message = _refused("模板.xlsx", buf.getvalue())
    assert "第 3 行" in message and "第 2 行" in message and "重复" in message


def test_two_versions_of_a_department_are_told_apart_when_asking_back(tmp_path: Path) -> None:
    from bot.store.export import export_xlsx

    load_paths(tmp_path / "one.sqlite", [SEED])
    book = export_xlsx(tmp_path / "one.sqlite", tmp_path / "a.xlsx")
    for year, name in ((2023, "a2023.xlsx"), (2024, "a2024.xlsx")):
        (tmp_path / name).write_bytes(_edited(book.read_bytes(), "部门", "D2", year))
    db = tmp_path / "kb.sqlite"
    load_paths(db, [tmp_path / "a2023.xlsx", tmp_path / "a2024.xlsx"])
    answer = Engine(db, ROOT / "knowledge" / "vocabulary.toml").ask("法律顾问经费多少")
    assert answer.status == "clarify" and len(set(answer.options)) == len(answer.options) == 2, answer.options
    assert any("2023" in o for o in answer.options) and any("2024" in o for o in answer.options)


def test_an_unrecognised_large_workbook_is_refused_from_its_first_rows(tmp_path: Path) -> None:
    """Recognised or refused without reading the whole file (the full read took 50 s and 668 MB)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("数据")
    for k in range(60_000):
        ws.append([f"第{k}行", k, k * 1.5, "一些文字内容", "更多的文字"])
    book = tmp_path / "big.xlsx"
    wb.save(book)
    code = ("from bot.ingest.formats import read_documents; from bot.model import LoadError\n"
            f"try:\n    read_documents({str(book)!r})\nexcept LoadError as exc:\n    print(exc)\n"
            # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the forking pytest process.
            "print('peak', [int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')][0] // 1024)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert "无法识别" in done.stdout and "big.xlsx" in done.stdout, done.stdout + done.stderr
    peak_mb = int(done.stdout.rsplit("peak", 1)[1])
    assert peak_mb <= 200, peak_mb  # memory, not speed: the time is measured by `bench`
