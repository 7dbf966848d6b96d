"""Deterministic synthetic 项目支出绩效目标表 documents in the seed's extracted-text layout.

Used for benchmarks at city scale and for parser tests: every document comes with its expected parse
(`doc_to_golden`, same shape as shared/golden/seed.json). The text is built so that it parses unambiguously:
values never contain "实施周期指标值", "年度指标值", ";," or "N、N-"; names never contain "," or "；";
goals never contain an indicator start and end with "。"; project names contain no digits.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import random
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

TITLE = "项目支出绩效目标表（含转移支付项目）"
COLUMN_HEADER = "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标"
UNIT = "万元"

LEVEL1 = {1: "1-产出指标", 2: "2-效益指标", 3: "3-满意度指标"}
LEVEL2 = {
    11: "11-数量指标",
    12: "12-质量指标",
    13: "13-时效指标",
    14: "14-成本指标",
    21: "21-经济效益",
    22: "22-社会效益",
    23: "23-生态效益",
    24: "24-可持续影响",
    31: "31-服务对象满意度",
}
_L2_CODES = tuple(LEVEL2)
_L2_CUM = tuple(itertools.accumulate((20, 15, 12, 10, 7, 12, 4, 8, 12)))


@dataclass(slots=True)
class SynthIndicator:
    """One indicator as printed: group counts numbering restarts within its project."""

    group: int
    seq: int
    level1: str
    level2: str
    name: str
    period_value: str
    annual_value: str


@dataclass
class SynthProject:
    """A project row: amounts in 万元 (None where the column is blank), goal and indicators."""

    name: str
    total: float
    fiscal_appropriation: float
    special_account: float | None
    other: float | None
    goal: str
    indicators: list[SynthIndicator] = field(default_factory=list)


@dataclass
class SynthDocument:
    """A department's table: funding units (资金使用单位) with their projects."""

    department: str  # without the "(部门)" suffix the header prints
    unit: str
    units: list[tuple[str, list[SynthProject]]]

    @property
    def projects(self) -> list[SynthProject]:
        """All projects in document order."""
        return [p for _, projects in self.units for p in projects]

    @property
    def total(self) -> float:
        """Grand total (合计) in 万元."""
        return _cents_sum(self.projects)["total"] / 100


# --- vocabulary ---------------------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    """Space-separated vocabulary -> tuple."""
    return tuple(text.split())


# city -> its districts (short names; "区" is appended)
_CITIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("广州市", _words("白云 天河 海珠 越秀 番禺 花都 南沙 从化 增城 黄埔 荔湾")),
    ("深圳市", _words("福田 罗湖 南山 盐田 宝安 龙岗 龙华 坪山 光明")),
    ("佛山市", _words("禅城 南海 顺德 三水 高明")),
    ("珠海市", _words("香洲 斗门 金湾")),
    ("东莞市", ()),
    ("中山市", ()),
    ("惠州市", _words("惠城 惠阳")),
    ("江门市", _words("蓬江 江海 新会")),
    ("肇庆市", _words("端州 鼎湖 高要")),
    ("汕头市", _words("金平 龙湖 濠江 潮阳 潮南 澄海")),
    ("湛江市", _words("赤坎 霞山 坡头 麻章")),
    ("韶关市", _words("武江 浈江 曲江")),
    ("清远市", _words("清城 清新")),
    ("茂名市", _words("茂南 电白")),
)

# "department suffix|subordinate unit suffix|main regulation|project topics"
_BUREAU_SPECS = (
    "教育局|教育发展中心|中华人民共和国教育法|校园安全 学生资助 教师培训 课后服务 学前教育 教育信息化",
    "卫生健康局|疾病预防控制中心|基本医疗卫生与健康促进法|基本公共卫生服务 家庭医生签约 疫苗接种 妇幼保健",
    "民政局|社会福利院|社会救助暂行办法|社区养老 社会救助 殡葬管理 儿童福利 社会组织培育",
    "司法局|公证处|法律援助法|法律援助 人民调解 社区矫正 普法宣传 公共法律服务",
    "财政局|财政国库支付中心|中华人民共和国预算法|预算绩效管理 政府采购监管 财政票据管理 国有资产管理",
    "人力资源和社会保障局|就业服务管理中心|中华人民共和国就业促进法|就业创业补贴 职业技能培训 劳动保障监察",
    "城市管理和综合执法局|环境卫生管理中心|城市市容和环境卫生管理条例|环境卫生保洁 垃圾分类 公厕管理",
    "文化广电旅游体育局|文化馆|公共文化服务保障法|公共文化服务 全民健身 文物保护 非遗保护 旅游推广",
    "农业农村局|农业技术推广中心|中华人民共和国农业法|高标准农田建设 动物防疫 农村人居环境整治",
    "住房和城乡建设局|建设工程质量安全监督站|建设工程质量管理条例|老旧小区改造 建筑工地安全巡查 燃气安全检查",
    "市场监督管理局|质量技术监督检测所|中华人民共和国食品安全法|食品安全抽检 特种设备检验 消费维权",
    "应急管理局|应急救援指挥中心|中华人民共和国安全生产法|安全生产执法检查 应急物资储备 防汛防旱 森林防火",
    "信访局|群众诉求服务中心|信访工作条例|信访 矛盾纠纷排查化解 网上信访 信访积案化解",
    "档案馆|档案服务中心|中华人民共和国档案法|档案数字化 档案库房管理 档案征集 方志编纂",
    "图书馆|少年儿童图书馆|公共图书馆法|图书采购 阅读推广 数字图书馆 图书分馆",
    "发展和改革局|价格认证中心|政府投资条例|价格监测 重点项目前期研究 粮食储备",
    "交通运输局|公路事务中心|公路安全保护条例|公路养护 公交线网优化 交通安全设施",
    "水务局|河涌管理所|中华人民共和国水法|河道保洁 排水设施维护 水资源监测 河长制",
    "退役军人事务局|退役军人服务中心|退役军人保障法|优抚对象慰问 退役军人就业培训 烈士纪念设施维护",
    "统计局|统计普查中心|中华人民共和国统计法|经济普查 统计调查 统计数据质量核查",
    "审计局|审计信息中心|中华人民共和国审计法|政府投资项目审计 经济责任审计",
    "政务服务数据管理局|政务服务中心|优化营商环境条例|政务服务大厅 一网通办平台 政务云",
    "医疗保障局|医疗保障服务中心|医疗保障基金使用监督管理条例|医保基金监管 医疗救助",
    "商务局|投资促进中心|中华人民共和国外商投资法|招商引资 外贸发展 消费促进",
    "总工会|职工服务中心|中华人民共和国工会法|职工帮扶 职工文体活动 工会干部培训",
    "红十字会|红十字会备灾救灾中心|中华人民共和国红十字会法|应急救护培训 人道救助 无偿献血宣传",
    "融媒体中心|新闻信息服务中心|网络信息内容生态治理规定|新闻宣传 媒体平台运维 节目制作",
    "机关事务管理局|机关后勤服务中心|党政机关厉行节约反对浪费条例|办公用房维修 机关食堂 公共机构节能",
    "科技工业和信息化局|科技创新服务中心|中华人民共和国科学技术进步法|科技创新券 企业技术改造",
    "林业和园林局|园林绿化管理所|城市绿化条例|古树名木保护 公园管养 城市绿化提升",
    "生态环境分局|生态环境监测站|中华人民共和国环境保护法|大气污染防治 环境监测 污染源普查",
    "人民防空办公室|人防工程管理所|中华人民共和国人民防空法|人防工程维护 防空警报设施",
    "地方志办公室|史志研究中心|地方志工作条例|地方志编纂 年鉴编纂",
    "残疾人联合会|残疾人康复服务中心|残疾人保障法|残疾人康复 残疾人就业扶持 无障碍设施改造",
)
# (department suffix, subordinate unit suffix, project topics, main regulation)
_BUREAUS: tuple[tuple[str, str, tuple[str, ...], str], ...] = tuple(
    (name, sub, _words(topics), law) for name, sub, law, topics in (spec.split("|") for spec in _BUREAU_SPECS)
)

_STREETS = _words(
    "新华 人民 东山 石井 太和 江高 龙归 南岗 大沙 石楼 钟落潭 沙河 凤凰 黄石 松洲 同和 京溪 新市 棠景 三元里"
    " 永平 嘉禾 均禾 鹤龙 金沙 景泰 云城 同德 新塘 荔城"
)
_STREET_TOPICS = _words("社区治理 网格化管理 综治维稳 出租屋管理 城市更新 环境卫生保洁 社区养老")
_STREET_LAW = "城市居民委员会组织法"

# Projects every department may have: (full name, topic used in goals and indicators)
_GENERIC_PROJECTS = (
    ("政府雇员工资经费", "编外人员管理"),
    ("政府雇员公用经费", "编外人员管理"),
    ("聘请法律顾问专项经费", "法律顾问"),
    ("公务用车购置经费", "公务用车"),
    ("公务用车运行维护经费", "公务用车"),
    ("办公设备购置经费", "办公设备"),
    ("信息化系统运行维护经费", "信息化"),
    ("档案数字化加工服务经费", "档案数字化"),
    ("党建工作经费", "党建"),
    ("机关安全保卫服务经费", "安全保卫"),
    ("政府购买服务经费", "政府购买服务"),
    ("宣传工作经费", "宣传"),
)
# Long names with a parenthesis, printed wrapped over two lines like the seed's 信访超市 project.
_LONG_PROJECTS = (
    ("区级群众诉求综合服务中心（信访超市）日常运行经费", "群众诉求综合服务"),
    ("基层公共法律服务中心（工作站）运行经费", "公共法律服务"),
    ("社区居家养老服务中心（长者饭堂）运营补助资金", "社区养老"),
    ("智慧城市运行管理平台（一期）运行维护经费", "智慧城市"),
    ("农村生活污水处理设施（含管网）运营维护经费", "农村污水治理"),
    ("校园安全技防系统（视频监控）升级改造经费", "校园安全"),
    ("全民健身设施（社区体育公园）建设经费", "全民健身"),
    ("政务服务中心（一站式办事大厅）运行经费", "政务服务"),
    ("食品安全快检室（农贸市场）运行经费", "食品安全"),
    ("应急避护场所（含物资仓库）维护管理经费", "应急避护"),
)
_SUFFIXES = _words("工作经费 专项经费 购置经费 运行维护经费 建设经费 补助资金 服务经费 项目经费")
_SLOGANS = _words("最多跑一次 一站式 放管服 接诉即办 一网通办 最多访一次 马上就办")

# Goal phrases; {t} topic, {law} regulation, {n} {m} {p} random numbers.
_GOAL_OPEN = _words(
    "为保障{t}工作顺利开展 根据《{law}》有关规定 按照上级关于{t}工作的部署要求 围绕{t}年度重点任务"
    " 以提高{t}工作水平为目的 通过购买社会服务方式 为进一步加强{t}管理"
)
_GOAL_ACT = _words(
    "做好{t}日常管理和运行保障 落实{t}经费保障 推进{t}规范化、标准化建设 组织开展{t}专项检查不少于{n}次"
    " 完善{t}工作机制 加强{t}队伍建设 强化{t}全过程监督管理 全年服务群众{m}人次以上"
)
_GOAL_OUT = _words(
    "进一步提升{t}服务水平 确保资金使用规范、安全、高效 切实维护人民群众合法权益"
    " 不断增强群众的获得感、幸福感、安全感 推动{t}工作高质量发展 努力实现全年工作目标"
)
_GOAL_RESULT = _words("{t}工作效能明显提升 群众满意度达到{p}%以上 服务对象满意度持续提高 {t}工作机制更加健全")

# level2 code -> (name template, value templates)
_INDICATORS: dict[int, tuple[tuple[str, tuple[str, ...]], ...]] = {
    11: (
        ("{t}服务人次", ("≥{m}人次", "{m}人次")),
        ("开展{t}专项活动次数", ("≥{n}次", "不少于{n}次")),
        ("{t}覆盖单位数量", ("{n}个", "≥{n}个")),
        ("采购设备数量", ("{n}台", "{n}套")),
        ("办理{t}事项数量", ("≥{n}宗", "{n}件")),
        ("聘用人员数量", ("{n}名", "≤{n}名")),
        ("{t}培训场次", ("≥{n}场", "{n}场")),
        ("购置车辆数量", ("1辆", "{n}辆", "年度计划数")),
        ("{t}宣传资料发放数量", ("≥{m}份",)),
        ("受益群众人数", ("≥{m}人",)),
    ),
    12: (
        ("{t}工作完成率", ("100%", "≥{p}%")),
        ("项目验收合格率", ("100%", "合格")),
        ("政府采购率", ("100%",)),
        ("资金使用合规性", ("合规", "符合财务管理规定")),
        ("{t}服务规范性", ("符合《{law}》要求", "规范")),
        ("人员资质达标率", ("100%", "≥{p}%")),
        ("{t}数据准确率", ("≥{p}%", "准确无误")),
        ("设备完好率", ("≥{p}%",)),
    ),
    13: (
        ("{t}任务按时完成率", ("100%", "≥{p}%")),
        ("资金支付及时性", ("及时、准确", "及时", "按合同约定支付")),
        ("项目完成时间", ("{y}年12月31日前", "{y}年底前完成")),
        ("问题整改及时率", ("≥{p}%", "100%")),
        ("{t}事项办结时限", ("≤{d}个工作日", "{d}个工作日内")),
        ("{t}案件按时办理", ("严格按照《{law}》办理", "没有超期办理")),
    ),
    14: (
        ("{t}经费支出", ("≤{c}万元", "{c}万元")),
        ("项目总成本", ("≤{c}万元", "控制在预算范围内")),
        ("单位服务成本", ("≤{n}元/人次",)),
        ("人员经费标准", ("≦岗位档次包干经费", "按标准执行")),
        ("成本控制率", ("≤100%",)),
    ),
    21: (
        ("节约{t}运行成本", ("有效降低", "≥{s}%")),
        ("带动相关产业发展", ("促进地方经济发展", "效果明显")),
        ("减少经济损失", ("有效减少", "明显减少")),
        ("资金使用效益", ("明显提高", "逐步提高")),
    ),
    22: (
        ("{t}社会影响", ("社会大局和谐稳定", "良好")),
        ("增强人民群众的获得感、幸福感", ("明显增强", "持续增强", "推行“{g}”服务模式")),
        ("推动{t}工作规范化", ("形成“{g}”工作格局", "工作机制进一步完善")),
        ("公共服务能力", ("提升{t}服务水平", "明显提升")),
        ("{t}政策知晓率", ("≥{p}%",)),
    ),
    23: (
        ("环境质量改善情况", ("持续改善", "明显改善")),
        ("节能减排", ("能耗同比下降{s}%", "有效降低能耗")),
        ("垃圾分类覆盖率", ("≥{p}%", "100%")),
        ("绿色办公水平", ("无纸化办公比例≥{p}%", "逐步提高")),
    ),
    24: (
        ("{t}长效机制建设", ("健全长效管理机制", "建立健全")),
        ("{t}工作可持续性", ("持续发挥作用", "长期")),
        ("信息化水平", ("持续提升", "逐步提高")),
        ("{t}制度建设", ("制度完善、运行顺畅", "完善")),
    ),
    31: (
        ("{t}服务对象满意度", ("≥{p}%", "满意度评价", "≥90%")),
        ("群众满意度", ("≥{p}%", "满意")),
        ("使用单位满意度", ("≥{p}%",)),
        ("社会公众满意度", ("≥{p}%", "较满意")),
    ),
}

_COUNTS = (2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 30, 50)
_MANY = (100, 120, 200, 300, 500, 800, 1000, 1200, 2000, 5000)
_PERCENTS = (80, 85, 90, 95, 98)
_SMALL_PERCENTS = (3, 5, 8, 10, 15)
_DAYS = (3, 5, 7, 15, 30, 60)
_CN_DIGITS = "零一二三四五六七八九"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Random placeholder values; {t} topic, {law}, {c} cost and {y} year come from the project.
_POOLS: dict[str, tuple[str, ...]] = {
    "n": tuple(map(str, _COUNTS)),
    "m": tuple(map(str, _MANY)),
    "p": tuple(map(str, _PERCENTS)),
    "s": tuple(map(str, _SMALL_PERCENTS)),
    "d": tuple(map(str, _DAYS)),
    "g": _SLOGANS,
}
_KEYS: dict[str, tuple[str, ...]] = {}


def _pick(rnd: Callable[[], float], seq: Sequence[T]) -> T:
    """rng.choice, several times faster."""
    return seq[int(rnd() * len(seq))]


def _fill(template: str, rnd: Callable[[], float], ctx: dict[str, str]) -> str:
    """Replace {t} {law} {c} {y} from ctx and {n} {m} {p} {s} {d} {g} with random values."""
    keys = _KEYS.get(template)
    if keys is None:
        keys = _KEYS[template] = tuple(dict.fromkeys(_PLACEHOLDER.findall(template)))
    if not keys:
        return template
    kw = {}
    for key in keys:
        value = ctx.get(key)
        if value is None:
            pool = _POOLS[key]
            value = pool[int(rnd() * len(pool))]
        kw[key] = value
    return template.format_map(kw)


class _KeepMissing(dict):
    """format_map mapping that leaves unknown placeholders in place."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _expand(template: str) -> tuple[str, ...]:
    """All variants of a template over its random placeholders; project placeholders stay."""
    variants = [template]
    for key in dict.fromkeys(_PLACEHOLDER.findall(template)):
        if key in _POOLS:
            variants = [v.format_map(_KeepMissing({key: x})) for v in variants for x in _POOLS[key]]
    return tuple(variants)


_DRAWS = 1024  # pre-drawn indicators per category (index by one random number at generation time)


def _draw_table(code: int) -> tuple[tuple[str, str, str], ...]:
    """(name, period value, annual value) templates for one category, drawn with a fixed seed."""
    rng = random.Random(f"indicators:{code}")
    rnd = rng.random
    compiled = [(name, [_expand(v) for v in values]) for name, values in _INDICATORS[code]]
    table = []
    for _ in range(_DRAWS):
        name, values = _pick(rnd, compiled)
        period = _pick(rnd, _pick(rnd, values))
        annual = period if rnd() < 0.7 else _pick(rnd, _pick(rnd, values))
        table.append((name, period, annual))
    return tuple(table)


def _cn_number(n: int) -> str:
    """Chinese numeral for 1..99 (digits beyond)."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")
    return str(n)


@cache
def _organisations() -> tuple[tuple[str, str, tuple[str, ...], str], ...]:
    """Every (department, subordinate unit, topics, law), in a fixed pseudo-random order."""
    orgs: list[tuple[str, str, tuple[str, ...], str]] = []
    for city, districts in _CITIES:
        for district in ("", *districts):
            place = f"{city}{district}区" if district else city
            for name, sub, topics, law in _BUREAUS:
                if name == "生态环境分局":  # district branches of the city bureau
                    dept = f"{city}生态环境局{district}分局" if district else f"{city}生态环境局"
                else:
                    dept = place + name
                orgs.append((dept, place + sub, topics, law))
            if district:
                for street in _STREETS:
                    orgs.append(
                        (
                            f"{place}{street}街道办事处",
                            f"{place}{street}街道党群服务中心",
                            _STREET_TOPICS,
                            _STREET_LAW,
                        )
                    )
    random.Random(20240601).shuffle(orgs)
    return tuple(orgs)


def department_for(index: int) -> tuple[str, str, tuple[str, ...], str]:
    """The organisation of document `index`; names are unique per index."""
    orgs = _organisations()
    cycle, pos = divmod(index, len(orgs))
    dept, sub, topics, law = orgs[pos]
    if cycle:  # beyond the realistic combinations: a numbered sibling keeps names unique
        dept, sub = f"{dept}第{_cn_number(cycle + 1)}分支机构", f"{sub}第{_cn_number(cycle + 1)}分部"
    return dept, sub, topics, law


# --- generation ---------------------------------------------------------------------------------------


def _amount_cents(rng: random.Random) -> int:
    """A project total in cents of 万元: mostly whole numbers, some with decimals."""
    band = rng.random()
    base = (
        rng.uniform(1, 30) if band < 0.5 else rng.uniform(30, 300) if band < 0.9 else rng.uniform(300, 3000)
    )
    style = rng.random()
    if style < 0.5:
        return max(1, round(base)) * 100
    if style < 0.8:
        return max(1, round(base * 10)) * 10
    return max(1, round(base * 100))


def _format_cost(cents: int) -> str:
    """12.00 -> "12", 2.70 -> "2.7", 77.28 -> "77.28" (as cost indicator values print)."""
    whole, frac = divmod(cents, 100)
    if not frac:
        return str(whole)
    return f"{whole}.{frac:02d}".rstrip("0")


def _goal(rnd: Callable[[], float], ctx: dict[str, str]) -> str:
    """2-4 sentences, ending with "。" and never looking like an indicator start."""
    # successive offsets from one random start never repeat a phrase within a goal
    a, o, r = int(rnd() * len(_GOAL_ACT)), int(rnd() * len(_GOAL_OUT)), int(rnd() * len(_GOAL_RESULT))
    sentences = [f"{_pick(rnd, _GOAL_OPEN)}，{_GOAL_ACT[a]}，{_GOAL_OUT[o]}。"]
    for k in range(1, 2 + int(rnd() * 3)):
        act, out = _GOAL_ACT[(a + k) % len(_GOAL_ACT)], _GOAL_OUT[(o + k) % len(_GOAL_OUT)]
        kind = rnd()
        if kind < 0.4:
            sentences.append(f"同时，{act}，{out}。")
        elif kind < 0.7 and r >= 0:
            sentences.append(f"项目实施后，{_GOAL_RESULT[r]}。")
            r = -1
        else:
            sentences.append(f"{act}，{out}。")
    return _fill("".join(sentences), rnd, ctx)


@cache
def _draw_tables() -> dict[int, tuple[str, str, tuple[tuple[str, str, str], ...]]]:
    """Per category: level1 and level2 labels and the pre-drawn templates."""
    return {code: (LEVEL1[code // 10], LEVEL2[code], _draw_table(code)) for code in LEVEL2}


def _indicators(rng: random.Random, ctx: dict[str, str], count: int) -> list[SynthIndicator]:
    """`count` indicators over all categories, sometimes numbered in two groups."""
    if count <= 0:
        return []
    rnd = rng.random
    if count >= 9 and rnd() < 0.5:
        codes = list(_L2_CODES) + rng.choices(_L2_CODES, cum_weights=_L2_CUM, k=count - 9)
    else:
        mandatory = [11, _pick(rnd, (21, 22, 24)), 31][:count]
        codes = mandatory + rng.choices(_L2_CODES, cum_weights=_L2_CUM, k=count - len(mandatory))
    order = rnd()
    if order < 0.5:
        codes.sort(reverse=True)  # the seed's usual order: 满意度, 效益, 产出
    elif order < 0.8:
        codes.sort()
    else:
        codes.sort(key=lambda _: rnd())
    restart = 2 + int(rnd() * (count - 3)) if count >= 4 and rnd() < 0.15 else count
    used: set[str] = set()
    out: list[SynthIndicator] = []
    append = out.append
    tables = _draw_tables()
    topic = ctx["t"]
    for i, code in enumerate(codes):
        level1, level2, table = tables[code]
        name, period, annual = table[int(rnd() * _DRAWS)]
        name = name.replace("{t}", topic)  # names use no other placeholder
        tries = 0
        while name in used and tries < 6:  # keep names distinct within a project while possible
            name, period, annual = table[int(rnd() * _DRAWS)]
            name = name.replace("{t}", topic)
            tries += 1
        used.add(name)
        if "{" in period:
            period = period.format_map(ctx)
        if "{" in annual:
            annual = annual.format_map(ctx)
        if i < restart:
            append(SynthIndicator(1, i + 1, level1, level2, name, period, annual))
        else:
            append(SynthIndicator(2, i - restart + 1, level1, level2, name, period, annual))
    return out


def _project_names(rng: random.Random, topics: tuple[str, ...], count: int) -> list[tuple[str, str]]:
    """`count` distinct (project name, topic) pairs."""
    names: list[tuple[str, str]] = []
    seen: set[str] = set()
    rnd = rng.random
    for _ in range(count):
        for attempt in range(30):
            kind = rnd()
            if kind < 0.6:
                topic = _pick(rnd, topics)
                name = topic + _pick(rnd, _SUFFIXES)
            elif kind < 0.9:
                name, topic = _pick(rnd, _GENERIC_PROJECTS)
            else:
                name, topic = _pick(rnd, _LONG_PROJECTS)
            if name not in seen:
                break
            if attempt == 29:  # combinations exhausted: a numbered phase keeps names unique
                phase = 2
                while f"{name}（{_cn_number(phase)}期）" in seen:
                    phase += 1
                name = f"{name}（{_cn_number(phase)}期）"
        seen.add(name)
        names.append((name, topic))
    return names


def generate_document(
    index: int, rng: random.Random, projects: int = 10, indicators_per_project: int = 10
) -> SynthDocument:
    """One department's table with `projects` projects of `indicators_per_project` indicators each."""
    dept, sub, topics, law = department_for(index)
    year = str(rng.randint(2021, 2025))
    built: list[SynthProject] = []
    for name, topic in _project_names(rng, topics, projects):
        total = _amount_cents(rng)
        special = other = None
        fiscal = total
        if total >= 3 and rng.random() < 0.12:  # all four columns filled
            fiscal = rng.randint(1, total - 2)
            special = rng.randint(1, total - fiscal - 1)
            other = total - fiscal - special
        ctx = {"t": topic, "law": law, "c": _format_cost(total), "y": year}
        built.append(
            SynthProject(
                name=name,
                total=total / 100,
                fiscal_appropriation=fiscal / 100,
                special_account=None if special is None else special / 100,
                other=None if other is None else other / 100,
                goal=_goal(rng.random, ctx),
                indicators=_indicators(rng, ctx, indicators_per_project),
            )
        )
    if len(built) >= 2 and rng.random() < 0.3:
        cut = rng.randint(1, len(built) - 1)
        units = [(dept, built[:cut]), (sub, built[cut:])]
    else:
        units = [(dept, built)]
    return SynthDocument(department=dept, unit=UNIT, units=units)


# --- amounts ------------------------------------------------------------------------------------------

_COLUMNS = ("total", "fiscal_appropriation", "special_account", "other")


def _cents(value: float | None) -> int | None:
    """万元 -> integer cents (None stays None)."""
    return None if value is None else round(value * 100)


def _cents_sum(projects: list[SynthProject]) -> dict[str, int]:
    """Column sums in cents; blank columns (no project fills them) are absent."""
    total = fiscal = 0
    special: int | None = None
    other: int | None = None
    for p in projects:
        total += round(p.total * 100)
        fiscal += round(p.fiscal_appropriation * 100)
        if p.special_account is not None:
            special = (special or 0) + round(p.special_account * 100)
        if p.other is not None:
            other = (other or 0) + round(p.other * 100)
    sums = {"total": total, "fiscal_appropriation": fiscal}
    if special is not None:
        sums["special_account"] = special
    if other is not None:
        sums["other"] = other
    return sums


def _project_cents(p: SynthProject) -> dict[str, int]:
    """A project's filled columns in cents."""
    return {col: c for col in _COLUMNS if (c := _cents(getattr(p, col))) is not None}


def _amount_text(cents: dict[str, int]) -> str:
    """Filled columns as printed: "60.00 60.00"."""
    return " ".join(f"{cents[col] / 100:.2f}" for col in _COLUMNS if col in cents)


def _amount_dict(cents: dict[str, int]) -> dict[str, float]:
    """Filled columns as golden JSON floats."""
    return {col: round(cents[col] / 100, 2) for col in _COLUMNS if col in cents}


# --- rendering ----------------------------------------------------------------------------------------

_BLANK_RATE = 0.22  # share of wrapped lines followed by a blank line, as in the seed
_TABLE_SIZE = 1024  # longer texts cycle through the table


@cache
def _step_table(chars: int, jitter: int) -> tuple[int, ...]:
    """Line lengths in a fixed pseudo-random cycle; 0 is a blank line (never two in a row)."""
    rng = random.Random(f"steps:{chars}:{jitter}")
    steps: list[int] = []
    for _ in range(_TABLE_SIZE):
        blank = steps and steps[-1] and rng.random() < _BLANK_RATE
        steps.append(0 if blank else chars - rng.randint(0, jitter))
    return tuple(steps + steps)  # doubled, so any window of _TABLE_SIZE is one slice


def _wrap(text: str, chars: int, rnd: Callable[[], float], jitter: int = 0) -> list[str]:
    """Cut text anywhere into lines of `chars` (minus up to `jitter`) characters, ~22% followed by a blank."""
    size = len(text)
    if not size:
        return []
    start = int(rnd() * _TABLE_SIZE)
    need = 2 * (size // max(1, chars - jitter) + 2)  # at least every other step is a line
    table = _step_table(chars, jitter)
    if need <= _TABLE_SIZE:
        steps: Iterable[int] = table[start : start + need]
    else:  # very long text: cycle through the table
        steps = itertools.islice(itertools.cycle(table), start, start + need)
    cuts = list(itertools.accumulate(steps, initial=0))
    k = bisect.bisect_left(cuts, size)
    del cuts[k + 1 :]
    cuts[k] = size
    if " " in text:  # rare ("值: 100%"): keep the space at a line end, never "值: 100" (reads as an amount)
        sp = text.find(" ")
        while sp >= 0:
            k = bisect.bisect_right(cuts, sp)
            j = k - 1
            while cuts[j] == sp:  # a line would start with the space (it would read as indentation)
                cuts[j] = sp + 1
                j -= 1
            end = cuts[k]
            if end < size and text[sp + 1 : end].replace(".", "").isdigit():
                while k < len(cuts) and cuts[k] == end:
                    cuts[k] = sp + 1
                    k += 1
            sp = text.find(" ", sp + 1)
    lines = [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
    return lines[1:] if not lines[0] else lines


class _Pager:
    """Collects lines and repeats the page header every ~60 lines."""

    def __init__(self, rng: random.Random, dept_line: str):
        self.rng = rng
        self.header = ["", "", "", dept_line, "", COLUMN_HEADER, ""]
        self.out: list[str] = ["", TITLE, "", dept_line, "", COLUMN_HEADER, ""]
        self.page_end = len(self.out) + rng.randint(55, 68)

    def _break(self) -> None:
        self.out += self.header
        self.page_end = len(self.out) + 55 + int(self.rng.random() * 14)

    def add(self, lines: list[str], keep: int = 0) -> None:
        """Append lines; a page break may fall between any two of them except among the first `keep`."""
        out = self.out
        if keep and len(out) + keep > self.page_end:
            self._break()
        i = keep
        out += lines[:keep]
        n = len(lines)
        while i < n:
            room = self.page_end - len(out)
            if room <= 0:
                self._break()
                continue
            out += lines[i : i + room]
            i += room


def indicator_text(indicators: list[SynthIndicator], rng: random.Random | None = None) -> str:
    """The indicator cell: "1、1-产出指标,11-数量指标,NAME；实施周期指标值:P,年度指标值:A;,2、…;"."""
    text = ",".join(
        [
            f"{i.seq}、{i.level1},{i.level2},{i.name}；实施周期指标值:{i.period_value},年度指标值:{i.annual_value};"
            for i in indicators
        ]
    )
    if rng is not None and rng.random() < 0.25:  # the seed sometimes prints "值: 100%"
        nth = int(rng.random() * 2 * len(indicators))
        pos = -1
        for _ in range(nth + 1):
            pos = text.find("指标值:", pos + 1)
        text = f"{text[: pos + 4]} {text[pos + 4 :]}"
    return text


def render_text(
    doc: SynthDocument, rng: random.Random, width: int = 22, indicator_width: int | None = None
) -> str:
    """Render in the seed's layout; goals wrap at `width` characters, indicators ~1.85x wider."""
    dept_line = f"部门名称：{doc.department}(部门) 单位：{doc.unit}"
    ind_width = indicator_width or round(width * 1.85)
    rnd = rng.random
    pager = _Pager(rng, dept_line)
    pager.add([f"合计 {_amount_text(_cents_sum(doc.projects))}", ""])
    for unit_name, projects in doc.units:
        pager.add([f"{unit_name} {_amount_text(_cents_sum(projects))}", ""])
        for p in projects:
            if p.special_account is None and p.other is None:
                amounts = f"{p.total:.2f} {p.fiscal_appropriation:.2f}"
            else:
                amounts = _amount_text(_project_cents(p))
            if len(p.name) > 18 and rnd() < 0.8:  # long name wrapped, amounts on their own line
                cut = 10 + int(rnd() * 5)
                lines = [f"    {p.name[:cut]}", p.name[cut:], "", amounts]
            else:
                lines = [f"    {p.name} {amounts}"]
            keep = len(lines)
            if rnd() < 0.85:
                lines.append("")
            lines += _wrap(p.goal, width, rnd)
            lines.append("")
            if p.indicators:
                text = indicator_text(p.indicators, rng)
                # ~1.85x the goal width in full-width characters; ASCII-rich text gets more per line
                chars = round(ind_width * 4 * len(text) / (len(text.encode()) + len(text)))
                lines += _wrap(text, chars + 2, rnd, jitter=4)
                lines.append("")
            pager.add(lines, keep)
    pager.add(["", ""])
    return "\n".join(pager.out)


# --- corpus and golden --------------------------------------------------------------------------------


def doc_to_golden(doc: SynthDocument) -> dict:
    """The expected parse, in the shape of shared/golden/seed.json (blank amount columns absent)."""
    projects = []
    for p in doc.projects:
        entry: dict = {"name": p.name, **_amount_dict(_project_cents(p)), "goal": p.goal}
        entry["indicators"] = [
            {
                "group": i.group,
                "seq": i.seq,
                "level1": i.level1,
                "level2": i.level2,
                "name": i.name,
                "period_value": i.period_value,
                "annual_value": i.annual_value,
            }
            for i in p.indicators
        ]
        projects.append(entry)
    return {
        "department": f"{doc.department}(部门)",
        "unit": doc.unit,
        "total": _amount_dict(_cents_sum(doc.projects)),
        "units": [{"name": name, **_amount_dict(_cents_sum(ps))} for name, ps in doc.units],
        "projects": projects,
    }


def generate_corpus(
    n_documents: int, seed: int = 0, projects: int = 10, indicators_per_project: int = 10
) -> Iterator[tuple[str, str, SynthDocument]]:
    """Yield (file name, text, document); document i does not depend on n_documents."""
    digits = max(3, len(str(n_documents - 1)))
    for i in range(n_documents):
        rng = random.Random(f"synth:{seed}:{i}")
        doc = generate_document(i, rng, projects, indicators_per_project)
        text = render_text(doc, rng)
        digest = hashlib.blake2b(text.encode(), digest_size=8).hexdigest()
        yield f"{i:0{digits}d}_{digest}.txt", text, doc


def write_corpus(
    folder: Path, n_documents: int, seed: int = 0, golden_folder: Path | None = None, **kw: int
) -> list[Path]:
    """Write the corpus as UTF-8 .txt files (and optionally each golden .json); return the text paths."""
    import json

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if golden_folder is not None:
        Path(golden_folder).mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text, doc in generate_corpus(n_documents, seed, **kw):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        if golden_folder is not None:
            golden = json.dumps(doc_to_golden(doc), ensure_ascii=False, indent=1)
            (Path(golden_folder) / name).with_suffix(".json").write_text(golden, encoding="utf-8")
    return paths


def main(argv: list[str] | None = None) -> None:
    """CLI: python -m benchmarks.synth FOLDER N [--seed S] [--projects P] [--indicators I] [--golden DIR]."""
    ap = argparse.ArgumentParser(description="Write synthetic 项目支出绩效目标表 text documents.")
    ap.add_argument("folder", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--projects", type=int, default=10)
    ap.add_argument("--indicators", type=int, default=10)
    ap.add_argument("--golden", type=Path, default=None)
    args = ap.parse_args(argv)
    start = time.perf_counter()
    paths = write_corpus(
        args.folder,
        args.n,
        args.seed,
        args.golden,
        projects=args.projects,
        indicators_per_project=args.indicators,
    )
    print(f"wrote {len(paths)} documents to {args.folder} in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
