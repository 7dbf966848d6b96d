"""Normalise question text and read the numbers in it (amounts with their scale, ordinals)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from bot.language import lazyre as re

_SPACE_BETWEEN_WORDS = re.compile(r"(?<=[a-z0-9])\s+(?=[a-z0-9])")
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")
MAX_QUESTION_CHARS = 300  # longer input is cut: no real question is longer, and matching stays fast


@lru_cache(maxsize=1)
def _t2s():
    """OpenCC's traditional -> simplified converter (C++, ~5 ms to load), created on first use."""
    import opencc

    return opencc.OpenCC("t2s")


# Characters typed for a look-alike that no budget table uses otherwise (预箅 for 预算: 箅 is a grate; 成夲 for 成本:
# 夲 is an old variant of 本), and the
# Japanese forms a Japanese input method gives (経费 for 经费), which OpenCC's t2s leaves as they are; only forms
# no Chinese text uses (not 芸, 弁, 予, 余, 台).
_LOOKALIKE = str.maketrans("箅経気図価労働済検変対応関総転続従駅発円広県収営専団様歳実児帰圧観剤戦拡拠沢浄焼穏絵継緑縄聴脳"
                           "蔵鉄銭険雑顕売読歩渉弾択訳駆騒験巣巻囲薬辺軽懐壊権勧歓稲粛摂犠猟獲悪悩暦覧謡譲醸釈鋳錬桜栄塩塁"
                           "拝斉斎剣剰勲夲",
                           "算经气图价劳动济检变对应关总转续从驿发圆广县收营专团样岁实儿归压观剂战扩据泽净烧稳绘继绿绳听脑"
                           "藏铁钱险杂显卖读步涉弹择译驱骚验巢卷围药边轻怀坏权劝欢稻肃摄牺猎获恶恼历览谣让酿释铸炼樱荣盐垒"
                           "拜齐斋剑剩勋本")


def to_simplified(text: str) -> str:
    """Traditional -> simplified; ASCII-only text skips the converter."""
    if text.isascii():
        return text
    return _t2s().convert(text)


def said_at(word: str, text: str) -> Iterator[int]:
    """Where a word is said in text, left to right, never overlapping: the starts re.finditer gives of
    the escaped word, without a pattern compiled per word (a thousand departments' names overflow re's
    cache of patterns, and every question then compiles its names again)."""
    if not word:
        yield from (m.start() for m in re.finditer("", text))
        return
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def normalize(text: str) -> str:
    """NFKC (full-width -> half-width), simplified Chinese, lower case, spaces only between Latin words."""
    if text and len(text) <= MAX_QUESTION_CHARS:
        return _normalize_short(text)  # a question is normalised a dozen times a turn, by each step
    return _normalize(text)


@lru_cache(maxsize=4096)
def _normalize_short(text: str) -> str:
    return _normalize(text)


def _normalize(text: str) -> str:
    text = _CONTROL.sub(" ", text or "")[: MAX_QUESTION_CHARS * 2]
    text = unicodedata.normalize("NFKC", text)
    text = to_simplified(text).lower().translate(_LOOKALIKE)
    text = text.replace("≧", "≥").replace("≦", "≤").replace("其它", "其他")  # one word, two spellings
    text = _MISTYPED.sub(lambda m: _MISTYPED_AS[m.group()], text)  # a homophone typed for the word (比列 → 比例)
    text = _SPACE_BETWEEN_WORDS.sub("\x00", text.strip())
    text = _SPACE.sub("", text).replace("\x00", " ")
    text = _CN_PERCENT.sub(_percent_digits, text[:MAX_QUESTION_CHARS].replace("百分百", "百分之百"))
    text = _PRICE_OF_ONE.sub(lambda m: f"每{m.group(2) or m.group(3)}{m.group(1) or m.group(4)}", text)
    return _CN_YEAR.sub(_year_digits, text)


# "多少钱一辆", "一台多少钱": the price of one is said 每辆 / 每台, the per-one word the vocabulary knows (a table
# printing no 单价 says so; never the project's whole amount as if the word were absent)
_PRICE_OF_ONE = re.compile(r"(多少钱|几块钱|几万块?)一([辆台套件张把部])|一([辆台套件张把部])(多少钱|几块钱|几万块?)")


# Words typed by their sound with a wrong character that is no word of its own (pinyin input): 比列 for 比例.
_MISTYPED_AS = {"比列": "比例", "经废": "经费"}
_MISTYPED = re.compile("|".join(_MISTYPED_AS))


# "百分之九十五" / "百分之95" is 95%, as a table prints it ("百分之几", "百分之多少" ask a share and stay); "百分百"
# is "百分之百" said short, 100%.
_CN_PERCENT = re.compile(r"百分之([零〇一二两三四五六七八九十百点]+|\d+(?:\.\d+)?)(?![万千亿])")


def _percent_digits(m: re.Match) -> str:
    said = m.group(1)
    said = "一百" if said == "百" else said  # "百分之百" is 100%
    value = float(said) if said[0].isdigit() else chinese_number(said.replace("〇", "零"))
    if value is None:
        return m.group(0)
    return f"{value:g}%"


_YEAR_DIGIT = {"零": "0", "〇": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
               "九": "9"}


def _year_digits(m: re.Match) -> str:
    digits = "".join(_YEAR_DIGIT[ch] for ch in m.group(1))
    if len(digits) == 2:
        digits = ("19" if digits[0] in "9" else "20") + digits
    return digits if digits[:2] in ("19", "20") else m.group(1)


# Punctuation carries no meaning for matching; a "." between digits is a decimal point and stays.
# A column of the year before (上年执行数, 去年决算数), not a change printed against it (比上年增减额): the
# earlier of a row's two years where both carry the table's one year.
LAST_YEAR_COLUMN = re.compile(r"(?<![比较])(?:上年|去年|上一年)(?!.*(?:增减|增长|增幅|变动|变化))")
PUNCT = re.compile(r"(?:(?<!\d)\.|\.(?!\d)|[,!?;:，。！？；：、…~·—_/\\|\"'“”‘’()（）\[\]【】《》〈〉「」『』<>{}@#$%^&*+=`])+")


# A line's own numbering printed before its label (一、财政拨款, 2.公共项目): no word of the label
LINE_NUMBER = re.compile(r"^[0-9一二三四五六七八九十]+[.、．]")


def year_column(label: str, year: int) -> bool:
    """Whether a column's label is that year's column, alone or under a heading over the years (分年度预算 › 2027年)."""
    return re.fullmatch(rf"\D*{year}年", label) is not None


def strip_punct(text: str) -> str:
    """Remove punctuation (names and questions are compared without it)."""
    return PUNCT.sub("", text)


@lru_cache(maxsize=65536)  # names repeat across departments ("服务对象满意度"): normalise each once
def compact(text: str) -> str:
    """A name as matched against questions: normalised, without punctuation and spaces."""
    return strip_punct(normalize(text)).replace(" ", "")


def in_order(word: str, label: str, from_first: bool = False) -> bool:
    """Whether the label holds the word's characters in order ("参与约访" in 参与区领导重点约访); from_first: the
    word opening with the label's first character, as staff shorten a name (县财政 of 县级财政资金)."""
    return run_in_order(word, label, 0, from_first) == len(word) and (bool(word) or not from_first)


def run_in_order(said: str, name: str, at: int = 0, from_first: bool = False) -> int:
    """The length of the longest run of `said` from `at` whose characters stand in `name` in its order, each after
    the one before (0 when none): the one reading of a name said short by its characters in order, for every
    reader of short forms (bot/answer/facts sources, column_things, allotted, dept_units). from_first: the run
    must open with the name's first character."""
    if at >= len(said) or not name or from_first and said[at] != name[0]:
        return 0
    p, j = 0, at
    while j < len(said):
        k = name.find(said[j], p)
        if k < 0:
            break
        p, j = k + 1, j + 1
    return j - at


def said_spread(word: str, name: str, stretch: int = 2) -> bool:
    """Whether a name says a word of four characters or more with others between its characters, in order, within
    `stretch` times its length ("森林防火" in 森林草原防灭火能力提升项目); a shorter word only as it is."""
    if word in name:
        return True
    if len(word) < 4:
        return False
    at = name.find(word[0])
    while at >= 0:
        if in_order(word, name[at:at + stretch * len(word)]):
            return True
        at = name.find(word[0], at + 1)
    return False


def shared_run(a: str, b: str) -> int:
    """The length of the longest run of characters two labels share (特困供养金 and 特困供养: 4)."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


# --- numbers -----------------------------------------------------------------------------------------

_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿点"
_AMOUNT = re.compile(
    rf"(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?|[{_CN_DIGITS}]+)\s*(?P<unit>亿元|亿|万元|万|千元|元|块钱|块)?"
)
# The units a figure of money is printed in (the one list the readers of amounts share; light, so the engine's
# own modules read it without importing the fact answerer)
MONEY_UNITS = frozenset({"元", "万元", "亿元", "千元"})
_UNIT_IN_WAN = {"亿元": 10000.0, "亿": 10000.0, "万元": 1.0, "万": 1.0, "千元": 0.1, "元": 0.0001, "块钱": 0.0001, "块": 0.0001}


def in_unit(value: float, unit: str, to: str) -> float | None:
    """A money figure in another money unit (6323900 元 -> 632.39 万元); None unless both are money units."""
    if unit not in _UNIT_IN_WAN or to not in _UNIT_IN_WAN:
        return None
    return value * _UNIT_IN_WAN[unit] / _UNIT_IN_WAN[to]


_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
_BIG_UNIT = {"万": 10_000, "亿": 100_000_000}
_NEXT_SCALE = {"万": 1000, "千": 100, "百": 10}


def _integer(text: str) -> int | None:
    """Chinese integer numerals: "一千零五" -> 1005, "十五" -> 15, "三亿二千万" -> 320000000."""
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _DIGIT:
            if digit is not None and ch not in "零〇":
                return None  # "一二" is not a number
            digit = _DIGIT[ch] if ch not in "零〇" else None
        elif ch in _SMALL_UNIT:
            section += (1 if digit is None else digit) * _SMALL_UNIT[ch]
            digit = None
        elif ch in _BIG_UNIT:
            section += digit or 0
            total = (total + section) * _BIG_UNIT[ch] if ch == "亿" else total + section * _BIG_UNIT[ch]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def chinese_number(text: str) -> float | None:
    """"二十" -> 20, "一点五" -> 1.5, "十五万" -> 150000, and spoken shorthand: "两万七" -> 27000,
    "七十七万两千八" -> 772800 (a trailing digit counts in the next lower scale).

    Hand-written (cn2an, checked against it in the tests, costs 0.27 s to import: a third of a
    one-question `ask`); it also reads the spoken shorthand cn2an does not."""
    if not text or not any(ch in "一二两三四五六七八九十" for ch in text):
        return None  # "万" alone ("几万", "多少万") is a scale, not a number
    if len(text) >= 3 and text[-1] in _DIGIT and text[-2] in _NEXT_SCALE:
        head = chinese_number(text[:-1])
        if head is not None:
            return head + _DIGIT[text[-1]] * _NEXT_SCALE[text[-2]]
    whole, _, fraction = text.partition("点")
    value = _integer(whole) if whole else 0
    if value is None:
        return None
    if fraction:
        if not all(ch in _DIGIT for ch in fraction):
            return None
        return float(f"{value}.{''.join(str(_DIGIT[ch]) for ch in fraction)}")
    return float(value)


@dataclass(frozen=True)
class AmountMention:
    """A number in the question, converted to 万元 where it is an amount."""

    value: float  # in 万元 when has_unit, else the bare number
    start: int
    end: int
    has_unit: bool
    raw: str


def find_numbers(text: str) -> list[AmountMention]:
    """Every number in normalised text, with its unit applied (万 kept as the scale: 五十万 -> 50 万元).

    cn2an's transform() folds 万 away (五十万元 -> 500000元), so the scale word is split off here and
    applied explicitly; Arabic numbers with a Chinese scale (1.5万) are handled the same way.
    """
    out: list[AmountMention] = []
    for m in _AMOUNT.finditer(text):
        num, unit = m.group("num"), m.group("unit")
        if num[0].isdigit():
            value = float(num.replace(",", ""))
        else:
            if num in ("点",) or set(num) <= {"点", "零", "〇"}:
                continue
            # A trailing scale word belongs to the unit: 二十万 -> (二十, 万).
            if not unit and len(num) > 1 and num[-1] in "万亿":
                num, unit = num[:-1], num[-1]
            parsed = chinese_number(num)
            if parsed is None:
                continue
            value = parsed
            if not unit and ("万" in num or "亿" in num):
                unit = "元"  # "两万七" is 27000 元: an amount with its scale inside
        out.append(
            AmountMention(
                value=value * _UNIT_IN_WAN[unit] if unit else value,
                start=m.start(),
                end=m.end(),
                has_unit=bool(unit),
                raw=m.group(0),
            )
        )
    return out


# An amount said roughly: "六十四万多" (a little over: up to the next unit of the last place said),
# "一百二十万出头" (over by up to a twentieth), "十二万左右", "大约95万" (about: within a tenth either way).
_OVER_AFTER = ("多", "出头", "挂零", "有余")
_ABOUT_AFTER = ("左右", "上下", "前后")
_ABOUT_BEFORE = ("大约", "大概", "约", "差不多", "将近", "接近", "估计")


def _last_place(value: float) -> float:
    """The place of the last non-zero digit said, in 万 (77.2 -> 0.1, 64 -> 1, 120 -> 10)."""
    for place in (1000.0, 100.0, 10.0, 1.0, 0.1, 0.01, 0.001, 0.0001):
        if abs(value / place - round(value / place)) < 1e-6:
            return place
    return 0.0001


def rough_window(text: str, a: AmountMention) -> tuple[float, float] | None:
    """The range an amount said roughly covers, [low, high); None when it is said exactly. "X万多" is over
    X万 by less than one 万 (whatever X's last digit: 一百二十万多 is 120–121); "七十七万两千多" by less than
    one 千."""
    after, before = text[a.end:a.end + 2], text[max(0, a.start - 3):a.start]
    if after.startswith(_OVER_AFTER):
        whole_wan = a.raw.endswith(("万", "万元"))
        step = min(1.0, _last_place(a.value)) if whole_wan else _last_place(a.value)
        if not after.startswith("多"):
            step = max(step, a.value * 0.05)  # 出头: a little over (120万出头 up to 126万)
        return a.value, a.value + step
    if after.startswith(_ABOUT_AFTER) or before.endswith(_ABOUT_BEFORE):
        return a.value * 0.9, a.value * 1.1
    return None


_ORDINAL_WORDS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def ratio_said(x: float, y: float) -> str:
    """x : y as people say it: in small whole numbers when it is that (7:3, within 0.5 %), else x/y : 1."""
    from fractions import Fraction

    near = Fraction(x / y).limit_denominator(10)
    small = near.numerator <= 20 and abs(float(near) - x / y) <= 0.005 * abs(x / y)
    return f"{near.numerator}:{near.denominator}" if small else f"{x / y:.2f}:1"


def small_number(token: str) -> int | None:
    """"3" / "三" / "十" -> int, for ordinals and counts ("第二个", "前三")."""
    if token.isdigit():
        return int(token)
    if token in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[token]
    value = chinese_number(token)
    return int(value) if value is not None and value == int(value) else None


def format_amount(value: float | None, unit: str = "万元") -> str:
    """Amounts as the tables print them: two decimals and the unit."""
    if value is None:
        return "未列"
    return f"{value:.2f}{unit}"


_CN_YEAR_DIGITS = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7",
                   "八": "8", "九": "9"}
_CN_D = "".join(_CN_YEAR_DIGITS)
# ("27年多少" is the year 2027 and how much: 多少 is no 年多 of a duration)
_NOT_A_YEAR_AFTER = r"(?!年(?:以上|以下|以内|之内|内|左右|多(?!少)|来|间|级|龄|限|期|底前|后))"
# "22年", "那18年的": two digits that are a year, not a duration ("10年以上", "5年内").
_SHORT_YEAR = re.compile(rf"(?<![\d.])([0-3]\d|9\d)(?=年){_NOT_A_YEAR_AFTER}")
# "二〇一九年", "一八年" (a two-character year starts 〇一二 or 九: "三五年" is three to five years).
_CN_YEAR = re.compile(rf"(?<![{_CN_D}十百千万第近])([{_CN_D}]{{4}}|[〇零一二九][{_CN_D}])(?=年){_NOT_A_YEAR_AFTER}")


def full_years(text: str) -> str:
    """Years as people say them, written out: "22年" -> "2022年", "一八年" -> "2018年", "二〇一九年" ->
    "2019年" (a two-digit year is of this century below 50, of the last one above)."""
    def cn(m: re.Match) -> str:
        digits = "".join(_CN_YEAR_DIGITS[c] for c in m.group(1))
        return digits if len(digits) == 4 else _century(digits)

    def short(m: re.Match) -> str:
        # "债券期限30年", "期限是10年": a duration said after its column, never the year 2030
        return m.group(1) if _DURATION_BEFORE.search(m.string[:m.start()]) else _century(m.group(1))

    text = _CN_YEAR.sub(cn, text)
    return _SHORT_YEAR.sub(short, text)


def switched(text: str) -> str:
    """"换成畜禽粪污呢" -> "那畜禽粪污呢": a follow-up switching to another thing is the follow-up naming it."""
    m = _SWITCH.fullmatch(text.strip()) or _SWITCH_BARE.fullmatch(text.strip())
    return f"那{m.group(1)}呢" if m and not _NOT_SWITCHED.search(m.group(1)) else text


def fiscal_said(text: str) -> str:
    """"财政出多少", "财政掏了多少": what the treasury pays is the 财政拨款 column; "什么时候完工": its
    time (完工时间), as the indicators name it."""
    text = _WHEN_FITTED.sub("安装完成时间", _WHEN_MADE.sub("完成时间", text))
    text = _WHEN_DONE.sub(r"\1时间", _FISCAL_PAYS.sub("财政拨款", text))
    return _EXPECTED_END.sub(r"计划\1时间", text)  # ("预计什么时候完工": the planned end, 计划完工时间)


_WHEN_DONE = re.compile(r"(?:什么时候|啥时候|何时|哪天)(?:能|要|会|可以|才)?(完工|竣工|完成|办结|建成)(?=$|[了呢吗啊？?。])")
_EXPECTED_END = re.compile(r"预计(?:要|能|会)?(完工|竣工|完成|建成)时间")
# "啥时候装好": when the fitting is done (设备安装调试完成时间); "什么时候建好", "几时弄完": when it is done
_WHEN_FITTED = re.compile(r"(?:什么时候|啥时候|何时|哪天|几时)(?:能|要|会|可以|才)?(?:安装|装)(?:好|完)(?=$|[了呢吗啊？?。])")
_WHEN_MADE = re.compile(r"(?:什么时候|啥时候|何时|哪天|几时)(?:能|要|会|可以|才)?(?:建|修|做|弄|办|搞|干)(?:好|完)(?=$|[了呢吗啊？?。])")


# (区级财政, 省级财政, 中央财政: a level's money, a source column of allocation tables, stays as said)
_FISCAL_PAYS = re.compile(r"(?<![级央省市县区镇本])财政(?:出|掏|给|拨|负担|承担|安排|补)(?:了|的|资)?(?=多少|几)")


_SWITCH = re.compile(r"(?:那|那么)?(?:换成|换作|换到|改成|改为|换)([^，,。？?！!\s]{2,20}?)(?:的)?(?:呢|吧)[？?。！!]*")
# "换成高溪乡": the switch said without 呢 (by a word only a switch starts with, never 换届…)
_SWITCH_BARE = re.compile(r"(?:那|那么)?(?:换成|换作|改成|改为)([^，,。？?！!\s]{2,20}?)(?:的)?[？?。！!]*")
# "换成饼图", "改成表格": another form of the answer shown, never another subject
_NOT_SWITCHED = re.compile(r"图$|表格$|文字$|多少|几")


# ("期限超过15年", "年限不少于10年": a bound on a duration is a duration too. The bound words are those of the
# vocabulary's [asking_words.bounds] said before a figure, with 满 and 长达 — written here, as normalising comes before
# the vocabulary is read; tests/test_round48_mine.py checks that every one of them is here.)
_DURATION_BEFORE = re.compile(r"(?:期限|年限|周期|为期|服务期|工龄|账龄|期)(?:是|为|有|共|在)?"
                              r"(?:超过|大于|高于|多于|不少于|不低于|不小于|大于等于|达到|至少|低于|少于|小于|不到|不足"
                              r"|不超过|不高于|不多于|不大于|小于等于|至多|满|长达)?\s*$")


def _century(two: str) -> str:
    return ("20" if int(two) < 50 else "19") + two
