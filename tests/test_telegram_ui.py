"""Charts, follow-up buttons, feedback, teaching a word, /whoami and exports, end to end through the
fake Bot API (the real Application long-polls it)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.config import Config
from bot.engine import Engine

try:  # pytest's default "prepend" import mode puts tests/ on sys.path while it has no __init__.py
    from fake_telegram import FakeTelegram, JSONDict, fake_telegram  # noqa: F401
    from test_telegram import (  # noqa: F401
        ADMIN,
        USER,
        admin_events,
        anyio_backend,
        api_errors,
        cfg,
        engine,
        next_messages,
        own_engine,
        running,
        say,
        seed_db,
        seed_engine,
    )
except ImportError:  # tests/ became a package
    from tests.fake_telegram import FakeTelegram, JSONDict, fake_telegram  # noqa: F401
    from tests.test_telegram import (  # noqa: F401
        ADMIN,
        USER,
        admin_events,
        anyio_backend,
        api_errors,
        cfg,
        engine,
        next_messages,
        own_engine,
        running,
        say,
        seed_db,
        seed_engine,
    )

WAIT = 60  # liveness only: every wait is generous, nothing here measures speed
PNG = b"\x89PNG\r\n\x1a\n"


def buttons(message: JSONDict) -> list[JSONDict]:
    return [b for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]


def button(message: JSONDict, text: str) -> str:
    found = [b["callback_data"] for b in buttons(message) if text in b["text"]]
    assert found, f"no button {text!r} in {[b['text'] for b in buttons(message)]}"
    return found[0]


async def ask(fake: FakeTelegram, text: str, **kwargs: object) -> JSONDict:
    [reply] = await next_messages(fake, fake.send_text(text, **kwargs), timeout=WAIT)
    return reply


async def after_press(fake: FakeTelegram, data: str, message: JSONDict, method: str = "sendMessage",
                      user_id: int = ADMIN) -> JSONDict:
    """Press a button; return the result of the next `method` call it causes."""
    before = len(fake.calls(method))
    fake.press_button(data, message, user_id=user_id)
    calls = await fake.wait_for_async(method, count=before + 1, timeout=WAIT)
    return calls[before].result


@pytest.mark.anyio
async def test_chart_is_sent_as_a_photo_with_the_numbers(fake_telegram: FakeTelegram, cfg: Config,
                                                         engine: Engine) -> None:
    fake = fake_telegram
    async with running(cfg, engine):
        listing = await ask(fake, "有哪些项目")
        fake.send_text("画个图")
        [first] = await fake.wait_for_async("sendPhoto", timeout=WAIT)
        fake.send_text("/chart 经费最多的3个项目")
        photos = await fake.wait_for_async("sendPhoto", count=2, timeout=WAIT)
        single = await ask(fake, "法律顾问经费多少")
        refusal = await ask(fake, "用图表示")

    assert "77.28" in listing["text"]
    for call in photos:
        assert call.params["photo"].content.startswith(PNG)
    assert "政府雇员工资经费：77.28万元" in first.result["caption"] and "公务用车购置经费：15.00万元" in first.result["caption"]
    assert "信访工作经费：60.00万元" in photos[1].result["caption"]
    assert "公务用车购置经费" not in photos[1].result["caption"]  # only the three asked for
    assert "12.00" in single["text"] and "至少要两项" in refusal["text"]
    assert not api_errors(fake)


@pytest.mark.anyio
async def test_follow_up_buttons_ask_in_the_same_conversation(fake_telegram: FakeTelegram, cfg: Config,
                                                              engine: Engine) -> None:
    fake = fake_telegram
    async with running(cfg, engine):
        amount = await ask(fake, "法律顾问经费多少")
        indicators = await after_press(fake, button(amount, "绩效指标"), amount)
        sources = await after_press(fake, button(amount, "资金来源"), amount)
        others = await after_press(fake, button(amount, "其他项目"), amount)
        follow_up = await ask(fake, "第二个呢")  # the listing just shown is this conversation's context
        listing = await ask(fake, "有哪些项目")
        photo = await after_press(fake, button(listing, "画图"), listing, "sendPhoto")

    offered = buttons(amount)
    assert all(len(b["callback_data"].encode()) <= 64 and b["callback_data"].isascii() for b in offered)
    assert len([b for b in offered if b["text"] not in ("👍", "👎")]) == 3
    assert "聘请法律顾问专项经费的绩效指标（9 个）" in indicators["text"]
    assert "财政拨款：12.00万元" in sources["text"]
    assert "共 6 个项目" in others["text"]
    assert "聘请法律顾问专项经费" in follow_up["text"] and "12.00" in follow_up["text"]
    assert photo["photo"] and "77.28" in photo["caption"]
    assert not api_errors(fake)


@pytest.mark.anyio
async def test_feedback_is_logged_and_reported(fake_telegram: FakeTelegram, cfg: Config, engine: Engine) -> None:
    fake = fake_telegram
    async with running(cfg, engine):
        good = await ask(fake, "法律顾问经费多少", user_id=ADMIN)
        bad = await ask(fake, "信访超市的预算", user_id=ADMIN)
        fake.press_button(button(good, "👍"), good, user_id=ADMIN)
        fake.press_button(button(bad, "👍"), bad, user_id=ADMIN)
        fake.press_button(button(bad, "👎"), bad, user_id=ADMIN)  # changed their mind: one vote, 👎
        await fake.wait_for_async("answerCallbackQuery", count=3, timeout=WAIT)
        stats = await ask(fake, "/stats", user_id=ADMIN)
        unanswered = await ask(fake, "/unanswered", user_id=ADMIN)

    votes = engine.log.conn.execute("SELECT question, status, value FROM feedback ORDER BY id").fetchall()
    assert votes == [("法律顾问经费多少", "answered", 1), ("信访超市的预算", "answered", -1)]
    thanks = [c.params.get("text", "") for c in fake.calls("answerCallbackQuery")]
    assert "👍" in thanks[0] and "👎" in thanks[2]
    assert "👍 1，👎 1（👎 占 50.0%）" in stats["text"]
    assert "被点 👎 的回答" in unanswered["text"] and "信访超市的预算（👎 1 次）" in unanswered["text"]
    assert not api_errors(fake)


@pytest.fixture
def own_vocabulary(cfg: Config, tmp_path: Path) -> Config:
    """The vocabulary (and its sibling files) copied, so teaching writes to this test's copy."""
    folder = tmp_path / "words"
    folder.mkdir()
    for path in cfg.vocabulary.parent.glob("*.toml"):
        shutil.copy(path, folder / path.name)
    cfg.vocabulary = folder / "vocabulary.toml"
    return cfg


@pytest.mark.anyio
async def test_an_admin_teaches_a_word_in_two_taps(fake_telegram: FakeTelegram, own_vocabulary: Config) -> None:
    fake, cfg = fake_telegram, own_vocabulary
    engine = Engine(cfg.db, cfg.vocabulary, log_db=cfg.log_db)
    original = cfg.vocabulary.read_text(encoding="utf-8")
    async with running(cfg, engine):
        before = await ask(fake, "电脑购置经费多少", user_id=ADMIN)
        listing = await ask(fake, "/unanswered", user_id=ADMIN)
        refused_before = len(fake.calls("answerCallbackQuery"))
        fake.press_button(button(listing, "电脑购置经费多少"), listing, user_id=USER)  # not an admin
        [*_, refused] = await fake.wait_for_async("answerCallbackQuery", count=refused_before + 1, timeout=WAIT)
        choices = await after_press(fake, button(listing, "电脑购置经费多少"), listing)
        names = [b["text"] for b in buttons(choices)]
        taught_answer = await after_press(fake, button(choices, "公务用车购置经费"), choices)
        after = await ask(fake, "电脑购置经费多少", user_id=USER)

    assert "没有找到" in before["text"]
    assert "只有管理员" in refused.params["text"]
    assert "“电脑”指的是" in choices["text"] and names[0] == "公务用车购置经费" and "都不是" in names
    assert "15.00" in taught_answer["text"] and "15.00" in after["text"]
    edits = [c.result["text"] for c in fake.calls("editMessageText") if c.ok]
    assert any("已学会：“电脑”指“公务用车购置经费”" in text for text in edits)
    # The file keeps every line it had, plus the alias inside [aliases].
    taught = cfg.vocabulary.read_text(encoding="utf-8").splitlines()
    added = [line for line in taught if line not in original.splitlines()]
    assert added == ['"电脑" = "公务用车购置经费"']
    assert [line for line in taught if line != added[0]] == original.splitlines()
    assert taught.index(added[0]) < taught.index("[concepts]")
    assert (USER, "teach", 0) in admin_events(engine) and (ADMIN, "teach", 1) in admin_events(engine)
    detail = engine.log.conn.execute("SELECT detail FROM admin_events WHERE action = 'teach' AND allowed = 1").fetchone()
    assert detail == ("电脑 = 公务用车购置经费",)
    assert not api_errors(fake)
    engine.log.close()


@pytest.mark.anyio
async def test_whoami_tells_user_and_chat_ids(fake_telegram: FakeTelegram, cfg: Config, engine: Engine) -> None:
    fake = fake_telegram
    async with running(cfg, engine):
        private = await ask(fake, "/whoami", user_id=USER)
        group = await ask(fake, "/whoami", user_id=USER, chat_type="group", chat_id=-777)

    assert f"用户 ID：{USER}" in private["text"] and f"聊天 ID：{USER}" in private["text"]
    assert "admins" in private["text"]
    assert f"用户 ID：{USER}" in group["text"] and "聊天 ID：-777" in group["text"]
    assert not api_errors(fake)


@pytest.mark.anyio
async def test_export_sends_the_list_as_xlsx(fake_telegram: FakeTelegram, cfg: Config, engine: Engine) -> None:
    fake = fake_telegram
    async with running(cfg, engine):
        await ask(fake, "经费超过10万的项目")
        fake.send_text("导出")
        [first] = await fake.wait_for_async("sendDocument", timeout=WAIT)
        fake.send_text("/export 有哪些项目")
        documents = await fake.wait_for_async("sendDocument", count=2, timeout=WAIT)
        await ask(fake, "法律顾问的绩效目标是什么")
        nothing = await ask(fake, "/export")

    uploaded = first.params["document"]
    assert uploaded.filename.endswith(".xlsx") and first.result["document"]["file_name"].endswith(".xlsx")
    sheet = load_workbook(io.BytesIO(uploaded.content))["结果"]
    rows = [r for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert [r[1] for r in rows] == ["政府雇员工资经费", "区级群众信访诉求综合服务中心（信访超市）日常运行经费", "信访工作经费",
                                    "公务用车购置经费", "聘请法律顾问专项经费"]
    assert [r[2] for r in rows] == [77.28, 68.0, 60.0, 15.0, 12.0] and all(r[3] == "万元" for r in rows)
    assert sheet.cell(2, 3).number_format == "#,##0.00" and "000_9289cd5134f499bc.txt 第1页" in rows[-1][5]
    assert "000_9289cd5134f499bc.txt 第3页" in rows[3][5]  # 公务用车购置经费: the PDF's third page
    everything = load_workbook(io.BytesIO(documents[1].params["document"].content))["结果"]
    assert everything.max_row == 7
    assert "没有可以导出的列表" in nothing["text"]
    assert not api_errors(fake)
